// generated from openapi/leanvibe.yaml by `pnpm gen` — do not edit
import type { OperationEntry } from "../command-table.js";

export const operations = [
  {
    "operationId": "registerTenant",
    "tag": "auth",
    "noun": "auth",
    "verb": "register",
    "method": "post",
    "path": "/v1/auth/register",
    "summary": "Sign up a new organisation",
    "description": "Creates a tenant on a trial of the chosen plan and its owner, who can log in at once.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "organization_name",
          "required": true,
          "type": "string"
        },
        {
          "name": "slug",
          "required": true,
          "type": "string"
        },
        {
          "name": "email",
          "required": true,
          "type": "string"
        },
        {
          "name": "password",
          "required": true,
          "type": "string",
          "description": "At least 10 characters."
        },
        {
          "name": "name",
          "required": false,
          "type": "string"
        },
        {
          "name": "plan",
          "required": false,
          "type": "string",
          "enum": [
            "developer",
            "team",
            "enterprise"
          ]
        },
        {
          "name": "data_residency",
          "required": false,
          "type": "string",
          "enum": [
            "us",
            "eu",
            "uk",
            "ca",
            "ap"
          ]
        }
      ]
    },
    "response": "json",
    "roles": []
  },
  {
    "operationId": "login",
    "tag": "auth",
    "noun": "auth",
    "verb": "login",
    "method": "post",
    "path": "/v1/auth/login",
    "summary": "Log in",
    "description": "Checks the credentials and answers a token pair. When the user has multi-factor authentication\nenabled, the answer is instead `mfa_required: true` with a short-lived `mfa_token`, to be completed\nwith `POST /v1/auth/mfa/verify`. Wrong e-mail and wrong password answer the same `401`. Repeated\nfailures lock the account and the source address for a while (`429 account_locked` with `Retry-After`).",
    "positionals": [],
    "params": [
      {
        "name": "X-Tenant-Slug",
        "in": "header",
        "required": false,
        "type": "string",
        "description": "The tenant to log in to, when the same e-mail belongs to several tenants."
      }
    ],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "email",
          "required": true,
          "type": "string"
        },
        {
          "name": "password",
          "required": true,
          "type": "string"
        },
        {
          "name": "provider",
          "required": false,
          "type": "string",
          "enum": [
            "local"
          ]
        }
      ]
    },
    "response": "json",
    "roles": []
  },
  {
    "operationId": "startSso",
    "tag": "auth",
    "noun": "auth",
    "verb": "sso",
    "method": "get",
    "path": "/v1/auth/sso/{provider}",
    "summary": "Start single sign-on with Google or Microsoft",
    "description": "Answers the identity provider's authorisation URL for the tenant named by `X-Tenant-Slug`.",
    "positionals": [
      "provider"
    ],
    "params": [
      {
        "name": "X-Tenant-Slug",
        "in": "header",
        "required": true,
        "type": "string",
        "description": "The tenant whose identity-provider settings apply."
      },
      {
        "name": "redirect_uri",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "Where the browser returns after the provider; defaults to the tenant's configured callback."
      }
    ],
    "response": "json",
    "roles": []
  },
  {
    "operationId": "completeSso",
    "tag": "auth",
    "noun": "auth",
    "verb": "sso-callback",
    "method": "get",
    "path": "/v1/auth/sso/{provider}/callback",
    "summary": "Complete single sign-on",
    "description": "The provider redirects here with `code` and `state`; answers a token pair.",
    "positionals": [
      "provider"
    ],
    "params": [
      {
        "name": "code",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "Present on success; absent when the provider sends `error` instead."
      },
      {
        "name": "state",
        "in": "query",
        "required": true,
        "type": "string"
      },
      {
        "name": "iss",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "The issuer, as RFC 9207 adds it."
      },
      {
        "name": "scope",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "Scopes granted (Google)."
      },
      {
        "name": "authuser",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "Account index (Google)."
      },
      {
        "name": "prompt",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "Prompt shown (Google)."
      },
      {
        "name": "hd",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "Hosted domain (Google)."
      },
      {
        "name": "session_state",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "Session state (Microsoft)."
      },
      {
        "name": "error",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "Set when the user declined or the provider failed."
      },
      {
        "name": "error_description",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "The provider's explanation of `error`."
      }
    ],
    "response": "json",
    "roles": []
  },
  {
    "operationId": "samlSso",
    "tag": "auth",
    "noun": "auth",
    "verb": "saml",
    "method": "post",
    "path": "/v1/auth/saml/sso",
    "summary": "SAML 2.0 assertion consumer",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/x-www-form-urlencoded",
      "required": true,
      "fields": [
        {
          "name": "SAMLResponse",
          "required": true,
          "type": "string"
        },
        {
          "name": "RelayState",
          "required": false,
          "type": "string"
        }
      ]
    },
    "response": "json",
    "roles": []
  },
  {
    "operationId": "setupMfa",
    "tag": "auth",
    "noun": "mfa",
    "verb": "setup",
    "method": "post",
    "path": "/v1/auth/mfa/setup",
    "summary": "Start enrolling a multi-factor method",
    "description": "For `totp`, answers the base32 secret, a QR code (PNG data URL of the `otpauth://` URI) and eight\nsingle-use backup codes, all shown once. Enrolment is confirmed by `POST /v1/auth/mfa/verify` with a\nfirst code.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "method",
          "required": true,
          "type": "string",
          "enum": [
            "totp",
            "sms",
            "email",
            "hardware_key"
          ]
        },
        {
          "name": "phone_number",
          "required": false,
          "type": "string",
          "description": "For `sms`, in E.164 form."
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "verifyMfa",
    "tag": "auth",
    "noun": "mfa",
    "verb": "verify",
    "method": "post",
    "path": "/v1/auth/mfa/verify",
    "summary": "Verify a multi-factor code",
    "description": "With `mfa_token` (from a login challenge, no `Authorization` needed): completes the login and answers a\ntoken pair. With an access token: confirms a pending enrolment. A TOTP code is accepted within one time\nstep either side and cannot be replayed; a backup code works once.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "code",
          "required": true,
          "type": "string"
        },
        {
          "name": "method",
          "required": false,
          "type": "string",
          "enum": [
            "totp",
            "sms",
            "email",
            "hardware_key"
          ]
        },
        {
          "name": "mfa_token",
          "required": false,
          "type": "string"
        }
      ]
    },
    "response": "json",
    "roles": []
  },
  {
    "operationId": "listMfaMethods",
    "tag": "auth",
    "noun": "mfa",
    "verb": "list",
    "method": "get",
    "path": "/v1/auth/mfa/methods",
    "summary": "List my multi-factor methods",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "disableMfa",
    "tag": "auth",
    "noun": "mfa",
    "verb": "disable",
    "method": "post",
    "path": "/v1/auth/mfa/disable",
    "summary": "Disable a multi-factor method",
    "description": "Requires a current code of that method (or a backup code).",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "method",
          "required": true,
          "type": "string",
          "enum": [
            "totp",
            "sms",
            "email",
            "hardware_key"
          ]
        },
        {
          "name": "code",
          "required": true,
          "type": "string"
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "refreshToken",
    "tag": "auth",
    "noun": "auth",
    "verb": "refresh",
    "method": "post",
    "path": "/v1/auth/refresh",
    "summary": "Exchange a refresh token for a new token pair",
    "description": "The refresh token goes in `Authorization: Bearer` (as documented) or in the body. Each refresh token\nworks once; presenting a spent one revokes its whole family.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": false,
      "fields": [
        {
          "name": "refresh_token",
          "required": false,
          "type": "string"
        }
      ]
    },
    "response": "json",
    "roles": []
  },
  {
    "operationId": "logout",
    "tag": "auth",
    "noun": "auth",
    "verb": "logout",
    "method": "post",
    "path": "/v1/auth/logout",
    "summary": "Log out",
    "description": "Ends the session: its refresh-token family and the access token stop working at once.",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "getCurrentIdentity",
    "tag": "auth",
    "noun": "auth",
    "verb": "whoami",
    "method": "get",
    "path": "/v1/auth/me",
    "summary": "Who am I",
    "description": "The authenticated user or API key, its tenant, role and scopes.",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": [
      "platform_admin",
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "acceptInvitation",
    "tag": "auth",
    "noun": "auth",
    "verb": "accept-invitation",
    "method": "post",
    "path": "/v1/auth/invitations/accept",
    "summary": "Accept an invitation",
    "description": "Sets the invited user's password and answers a token pair.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "token",
          "required": true,
          "type": "string"
        },
        {
          "name": "password",
          "required": true,
          "type": "string",
          "description": "At least 10 characters."
        },
        {
          "name": "name",
          "required": false,
          "type": "string"
        }
      ]
    },
    "response": "json",
    "roles": []
  },
  {
    "operationId": "getJwks",
    "tag": "auth",
    "noun": "auth",
    "verb": "jwks",
    "method": "get",
    "path": "/.well-known/jwks.json",
    "summary": "Public keys that sign access tokens",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": []
  },
  {
    "operationId": "listUsers",
    "tag": "users",
    "noun": "users",
    "verb": "list",
    "method": "get",
    "path": "/v1/users",
    "summary": "List the tenant's users",
    "positionals": [],
    "params": [
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Page size."
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Items to skip."
      },
      {
        "name": "role",
        "in": "query",
        "required": false,
        "type": "string",
        "enum": [
          "owner",
          "admin",
          "billing_admin",
          "developer",
          "viewer"
        ]
      },
      {
        "name": "status",
        "in": "query",
        "required": false,
        "type": "string",
        "enum": [
          "active",
          "invited",
          "disabled"
        ]
      }
    ],
    "response": "json",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "inviteUser",
    "tag": "users",
    "noun": "users",
    "verb": "invite",
    "method": "post",
    "path": "/v1/users/invitations",
    "summary": "Invite a user",
    "description": "Answers an invitation token (shown once) to be accepted with `POST /v1/auth/invitations/accept`. Counts against `max_users`.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "email",
          "required": true,
          "type": "string"
        },
        {
          "name": "role",
          "required": true,
          "type": "string",
          "enum": [
            "owner",
            "admin",
            "billing_admin",
            "developer",
            "viewer"
          ]
        },
        {
          "name": "name",
          "required": false,
          "type": "string"
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "getUser",
    "tag": "users",
    "noun": "users",
    "verb": "get",
    "method": "get",
    "path": "/v1/users/{user_id}",
    "summary": "Get a user",
    "positionals": [
      "user_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "removeUser",
    "tag": "users",
    "noun": "users",
    "verb": "remove",
    "method": "delete",
    "path": "/v1/users/{user_id}",
    "summary": "Remove a user",
    "description": "Ends the user's sessions at once. The last owner cannot be removed.",
    "positionals": [
      "user_id"
    ],
    "params": [],
    "response": "empty",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "updateUserRole",
    "tag": "users",
    "noun": "users",
    "verb": "set-role",
    "method": "patch",
    "path": "/v1/users/{user_id}",
    "summary": "Change a user's role",
    "description": "Only an owner may grant or take away `owner`; the last owner cannot be demoted.",
    "positionals": [
      "user_id"
    ],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "role",
          "required": true,
          "type": "string",
          "enum": [
            "owner",
            "admin",
            "billing_admin",
            "developer",
            "viewer"
          ]
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "listApiKeys",
    "tag": "api-keys",
    "noun": "api-keys",
    "verb": "list",
    "method": "get",
    "path": "/v1/api-keys",
    "summary": "List API keys",
    "positionals": [],
    "params": [
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Page size."
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Items to skip."
      }
    ],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "developer"
    ]
  },
  {
    "operationId": "createApiKey",
    "tag": "api-keys",
    "noun": "api-keys",
    "verb": "create",
    "method": "post",
    "path": "/v1/api-keys",
    "summary": "Create an API key",
    "description": "The secret (`lv_…`) is in this answer only; it is stored hashed.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "name",
          "required": true,
          "type": "string"
        },
        {
          "name": "scopes",
          "required": true,
          "type": "array"
        },
        {
          "name": "expires_at",
          "required": false,
          "type": "string"
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "developer"
    ]
  },
  {
    "operationId": "revokeApiKey",
    "tag": "api-keys",
    "noun": "api-keys",
    "verb": "revoke",
    "method": "delete",
    "path": "/v1/api-keys/{key_id}",
    "summary": "Revoke an API key",
    "positionals": [
      "key_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "developer"
    ]
  },
  {
    "operationId": "listTenants",
    "tag": "tenants",
    "noun": "tenants",
    "verb": "list",
    "method": "get",
    "path": "/v1/tenants",
    "summary": "List tenants",
    "description": "A platform administrator sees every tenant; an organisation's owner or admin sees its child tenants.",
    "positionals": [],
    "params": [
      {
        "name": "status",
        "in": "query",
        "required": false,
        "type": "string",
        "enum": [
          "active",
          "trial",
          "suspended",
          "cancelled"
        ]
      },
      {
        "name": "plan",
        "in": "query",
        "required": false,
        "type": "string",
        "enum": [
          "developer",
          "team",
          "enterprise"
        ]
      },
      {
        "name": "parent_tenant_id",
        "in": "query",
        "required": false,
        "type": "string"
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Page size."
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Items to skip."
      }
    ],
    "response": "json",
    "roles": [
      "platform_admin",
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "createTenant",
    "tag": "tenants",
    "noun": "tenants",
    "verb": "create",
    "method": "post",
    "path": "/v1/tenants",
    "summary": "Create a tenant",
    "description": "Platform administrators only. Creates the tenant and invites its first owner (`admin_email`).",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "organization_name",
          "required": true,
          "type": "string"
        },
        {
          "name": "slug",
          "required": true,
          "type": "string"
        },
        {
          "name": "admin_email",
          "required": true,
          "type": "string"
        },
        {
          "name": "plan",
          "required": true,
          "type": "string",
          "enum": [
            "developer",
            "team",
            "enterprise"
          ]
        },
        {
          "name": "data_residency",
          "required": false,
          "type": "string",
          "enum": [
            "us",
            "eu",
            "uk",
            "ca",
            "ap"
          ]
        },
        {
          "name": "parent_tenant_id",
          "required": false,
          "type": "string"
        }
      ]
    },
    "response": "json",
    "roles": [
      "platform_admin"
    ]
  },
  {
    "operationId": "getCurrentTenant",
    "tag": "tenants",
    "noun": "tenants",
    "verb": "info",
    "method": "get",
    "path": "/v1/tenants/me/info",
    "summary": "Get the current tenant",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "updateCurrentTenant",
    "tag": "tenants",
    "noun": "tenants",
    "verb": "update",
    "method": "put",
    "path": "/v1/tenants/me/info",
    "summary": "Update the current tenant's configuration",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "display_name",
          "required": false,
          "type": "string"
        },
        {
          "name": "configuration",
          "required": false,
          "type": "object"
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "getCurrentTenantUsage",
    "tag": "tenants",
    "noun": "tenants",
    "verb": "usage",
    "method": "get",
    "path": "/v1/tenants/me/usage",
    "summary": "Get the current tenant's usage against its quotas",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "checkQuota",
    "tag": "tenants",
    "noun": "tenants",
    "verb": "quota-check",
    "method": "get",
    "path": "/v1/tenants/me/quota-check/{quota_type}",
    "summary": "Check whether an amount fits in a quota",
    "positionals": [
      "quota_type"
    ],
    "params": [
      {
        "name": "amount",
        "in": "query",
        "required": false,
        "type": "integer"
      }
    ],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "getTenant",
    "tag": "tenants",
    "noun": "tenants",
    "verb": "get",
    "method": "get",
    "path": "/v1/tenants/{tenant_id}",
    "summary": "Get a tenant",
    "description": "A platform administrator may read any tenant; an owner or admin their own and its children.",
    "positionals": [
      "tenant_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "platform_admin",
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "suspendTenant",
    "tag": "tenants",
    "noun": "tenants",
    "verb": "suspend",
    "method": "post",
    "path": "/v1/tenants/{tenant_id}/suspend",
    "summary": "Suspend a tenant",
    "description": "Every tenant-scoped call of a suspended tenant answers `451 tenant_suspended`.",
    "positionals": [
      "tenant_id"
    ],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "reason",
          "required": true,
          "type": "string"
        }
      ]
    },
    "response": "json",
    "roles": [
      "platform_admin"
    ]
  },
  {
    "operationId": "reactivateTenant",
    "tag": "tenants",
    "noun": "tenants",
    "verb": "reactivate",
    "method": "post",
    "path": "/v1/tenants/{tenant_id}/reactivate",
    "summary": "Reactivate a suspended tenant",
    "positionals": [
      "tenant_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "platform_admin"
    ]
  },
  {
    "operationId": "listPlans",
    "tag": "billing",
    "noun": "billing",
    "verb": "plans",
    "method": "get",
    "path": "/v1/billing/plans",
    "summary": "List the subscription plans",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "getSubscription",
    "tag": "billing",
    "noun": "billing",
    "verb": "subscription",
    "method": "get",
    "path": "/v1/billing/subscription",
    "summary": "Get the tenant's subscription",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "createSubscription",
    "tag": "billing",
    "noun": "billing",
    "verb": "subscribe",
    "method": "post",
    "path": "/v1/billing/subscription",
    "summary": "Create the tenant's subscription",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "tenant_id",
          "required": false,
          "type": "string",
          "description": "Must be the caller's tenant when given."
        },
        {
          "name": "plan_id",
          "required": true,
          "type": "string",
          "description": "A plan id or slug."
        },
        {
          "name": "payment_method_id",
          "required": false,
          "type": "string"
        },
        {
          "name": "trial_period_days",
          "required": false,
          "type": "integer"
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "cancelSubscription",
    "tag": "billing",
    "noun": "billing",
    "verb": "cancel",
    "method": "delete",
    "path": "/v1/billing/subscription",
    "summary": "Cancel the subscription",
    "positionals": [],
    "params": [
      {
        "name": "immediately",
        "in": "query",
        "required": false,
        "type": "boolean",
        "description": "Cancel now instead of at the end of the period."
      }
    ],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "updateSubscription",
    "tag": "billing",
    "noun": "billing",
    "verb": "update-subscription",
    "method": "patch",
    "path": "/v1/billing/subscription",
    "summary": "Change plan or cancellation at period end",
    "description": "A plan change mid-period is prorated to the second, rounded half up to the cent.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "plan_id",
          "required": false,
          "type": "string"
        },
        {
          "name": "cancel_at_period_end",
          "required": false,
          "type": "boolean"
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "getUsageSummary",
    "tag": "billing",
    "noun": "billing",
    "verb": "usage",
    "method": "get",
    "path": "/v1/billing/usage",
    "summary": "Get the usage of the current billing period",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "recordUsage",
    "tag": "billing",
    "noun": "billing",
    "verb": "record-usage",
    "method": "post",
    "path": "/v1/billing/usage",
    "summary": "Record a usage event",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "metric_type",
          "required": true,
          "type": "string",
          "enum": [
            "api_calls",
            "storage_gb",
            "ai_requests",
            "active_users"
          ]
        },
        {
          "name": "quantity",
          "required": true,
          "type": "number"
        },
        {
          "name": "timestamp",
          "required": false,
          "type": "string"
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer"
    ]
  },
  {
    "operationId": "getBillingAnalytics",
    "tag": "billing",
    "noun": "billing",
    "verb": "analytics",
    "method": "get",
    "path": "/v1/billing/analytics",
    "summary": "Get the tenant's billing analytics",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "listPaymentMethods",
    "tag": "billing",
    "noun": "billing",
    "verb": "payment-methods",
    "method": "get",
    "path": "/v1/billing/payment-methods",
    "summary": "List payment methods",
    "positionals": [],
    "params": [
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Page size."
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Items to skip."
      }
    ],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "addPaymentMethod",
    "tag": "billing",
    "noun": "billing",
    "verb": "add-payment-method",
    "method": "post",
    "path": "/v1/billing/payment-methods",
    "summary": "Add a payment method",
    "description": "Takes a card token. On the local ledger, Stripe-style test tokens decide the outcome: `tok_visa` and\n`pm_card_visa` always succeed, `tok_chargeDeclined` and `pm_card_chargeDeclined` are always declined.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "type",
          "required": true,
          "type": "string",
          "enum": [
            "card"
          ]
        },
        {
          "name": "card_token",
          "required": true,
          "type": "string"
        },
        {
          "name": "set_default",
          "required": false,
          "type": "boolean"
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "deletePaymentMethod",
    "tag": "billing",
    "noun": "billing",
    "verb": "delete-payment-method",
    "method": "delete",
    "path": "/v1/billing/payment-methods/{payment_method_id}",
    "summary": "Delete a payment method",
    "positionals": [
      "payment_method_id"
    ],
    "params": [],
    "response": "empty",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "setDefaultPaymentMethod",
    "tag": "billing",
    "noun": "billing",
    "verb": "set-default-payment-method",
    "method": "post",
    "path": "/v1/billing/payment-methods/{payment_method_id}/default",
    "summary": "Make a payment method the default",
    "positionals": [
      "payment_method_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "getInvoice",
    "tag": "billing",
    "noun": "billing",
    "verb": "invoice",
    "method": "get",
    "path": "/v1/billing/invoice/{invoice_id}",
    "summary": "Get an invoice",
    "positionals": [
      "invoice_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "getInvoicePdf",
    "tag": "billing",
    "noun": "billing",
    "verb": "invoice-pdf",
    "method": "get",
    "path": "/v1/billing/invoice/{invoice_id}/pdf",
    "summary": "Download an invoice as PDF",
    "positionals": [
      "invoice_id"
    ],
    "params": [],
    "response": "binary",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "listInvoices",
    "tag": "billing",
    "noun": "billing",
    "verb": "invoices",
    "method": "get",
    "path": "/v1/billing/invoices",
    "summary": "List invoices",
    "positionals": [],
    "params": [
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Page size."
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Items to skip."
      },
      {
        "name": "status",
        "in": "query",
        "required": false,
        "type": "string",
        "enum": [
          "draft",
          "open",
          "paid",
          "void",
          "uncollectible"
        ]
      }
    ],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "receiveStripeWebhook",
    "tag": "billing",
    "noun": "billing",
    "verb": "stripe-webhook",
    "method": "post",
    "path": "/v1/billing/webhooks/stripe",
    "summary": "Receive a Stripe webhook",
    "description": "Also answered at `/api/v1/billing/webhooks/stripe`. The raw body is checked against the\n`Stripe-Signature` header; each event is processed once, by its id. Handled types:\n`customer.subscription.created`, `customer.subscription.updated`, `customer.subscription.deleted`,\n`invoice.payment_succeeded`, `invoice.payment_failed`.",
    "positionals": [],
    "params": [
      {
        "name": "Stripe-Signature",
        "in": "header",
        "required": true,
        "type": "string"
      }
    ],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "id",
          "required": true,
          "type": "string"
        },
        {
          "name": "type",
          "required": true,
          "type": "string"
        },
        {
          "name": "created",
          "required": false,
          "type": "integer"
        },
        {
          "name": "data",
          "required": true,
          "type": "object"
        }
      ]
    },
    "response": "json",
    "roles": []
  },
  {
    "operationId": "getBillingHealth",
    "tag": "billing",
    "noun": "billing",
    "verb": "health",
    "method": "get",
    "path": "/v1/billing/health",
    "summary": "Billing service health",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": [
      "platform_admin",
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "listTasks",
    "tag": "tasks",
    "noun": "tasks",
    "verb": "list",
    "method": "get",
    "path": "/v1/tasks",
    "summary": "List tasks",
    "positionals": [],
    "params": [
      {
        "name": "status",
        "in": "query",
        "required": false,
        "type": "string",
        "enum": [
          "queued",
          "in_progress",
          "completed",
          "failed",
          "cancelled"
        ]
      },
      {
        "name": "project_id",
        "in": "query",
        "required": false,
        "type": "string"
      },
      {
        "name": "priority",
        "in": "query",
        "required": false,
        "type": "string",
        "enum": [
          "low",
          "medium",
          "high",
          "critical"
        ]
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Page size."
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Items to skip."
      }
    ],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "createTask",
    "tag": "tasks",
    "noun": "tasks",
    "verb": "create",
    "method": "post",
    "path": "/v1/tasks",
    "summary": "Submit a development task",
    "description": "Validates, stores and queues the task, and answers at once. Counts against `max_ai_requests_per_day`.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "project_id",
          "required": true,
          "type": "string"
        },
        {
          "name": "title",
          "required": true,
          "type": "string"
        },
        {
          "name": "description",
          "required": false,
          "type": "string"
        },
        {
          "name": "priority",
          "required": false,
          "type": "string",
          "enum": [
            "low",
            "medium",
            "high",
            "critical"
          ]
        },
        {
          "name": "estimated_complexity",
          "required": false,
          "type": "string",
          "enum": [
            "low",
            "medium",
            "high"
          ]
        },
        {
          "name": "requirements",
          "required": false,
          "type": "object",
          "description": "Lists of requirements by kind (`frameworks`, `security_requirements`, `testing_requirements`, …)."
        },
        {
          "name": "github_issue",
          "required": false,
          "type": "integer"
        },
        {
          "name": "jira_key",
          "required": false,
          "type": "string"
        },
        {
          "name": "requestor",
          "required": false,
          "type": "string"
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "developer"
    ]
  },
  {
    "operationId": "getTask",
    "tag": "tasks",
    "noun": "tasks",
    "verb": "get",
    "method": "get",
    "path": "/v1/tasks/{task_id}",
    "summary": "Get a task's status",
    "positionals": [
      "task_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "cancelTask",
    "tag": "tasks",
    "noun": "tasks",
    "verb": "cancel",
    "method": "post",
    "path": "/v1/tasks/{task_id}/cancel",
    "summary": "Cancel a task",
    "description": "A queued task is dropped; a running generation stops. Finished tasks answer `409`.",
    "positionals": [
      "task_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "developer"
    ]
  },
  {
    "operationId": "listTaskEvents",
    "tag": "tasks",
    "noun": "tasks",
    "verb": "events",
    "method": "get",
    "path": "/v1/tasks/{task_id}/events",
    "summary": "A task's event history",
    "positionals": [
      "task_id"
    ],
    "params": [
      {
        "name": "after",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Only events with a larger sequence number."
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Page size."
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Items to skip."
      }
    ],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "getTaskArtifacts",
    "tag": "tasks",
    "noun": "tasks",
    "verb": "artifacts",
    "method": "get",
    "path": "/v1/tasks/{task_id}/artifacts",
    "summary": "The files and the diff a task produced",
    "positionals": [
      "task_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "subscribeTaskUpdates",
    "tag": "tasks",
    "noun": "tasks",
    "verb": "updates",
    "method": "get",
    "path": "/v1/tasks/{task_id}/updates",
    "summary": "Live task updates (WebSocket)",
    "description": "Upgrade to a WebSocket (`Connection: Upgrade`, `Upgrade: websocket`). Node clients authenticate with\nthe `Authorization` header; browsers, which cannot set headers on a WebSocket, send the token as the\nsubprotocol `bearer.<token>`. Each message is a JSON `TaskUpdateMessage` of type `progress`,\n`completion` or `error`, with an increasing `id`; a client that reconnects with\n`last_event_id` first receives every message it missed. The server closes the socket after\n`completion` or `error`. A plain GET answers `426`.",
    "positionals": [
      "task_id"
    ],
    "params": [
      {
        "name": "last_event_id",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Resume after this message id."
      }
    ],
    "response": "websocket",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "listProjects",
    "tag": "projects",
    "noun": "projects",
    "verb": "list",
    "method": "get",
    "path": "/v1/projects",
    "summary": "List projects",
    "positionals": [],
    "params": [
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Page size."
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Items to skip."
      }
    ],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "createProject",
    "tag": "projects",
    "noun": "projects",
    "verb": "create",
    "method": "post",
    "path": "/v1/projects",
    "summary": "Create a project",
    "description": "Each project gets a local git workspace, cloned from `repository_url` when reachable. Counts against `max_projects`.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "name",
          "required": true,
          "type": "string"
        },
        {
          "name": "description",
          "required": false,
          "type": "string"
        },
        {
          "name": "tech_stack",
          "required": false,
          "type": "array"
        },
        {
          "name": "repository_url",
          "required": false,
          "type": "string"
        },
        {
          "name": "ai_assistance_level",
          "required": false,
          "type": "string",
          "enum": [
            "manual",
            "assisted",
            "semi_autonomous",
            "full_autonomous"
          ]
        },
        {
          "name": "auto_deployment",
          "required": false,
          "type": "boolean"
        },
        {
          "name": "quality_gates",
          "required": false,
          "type": "object"
        },
        {
          "name": "test_command",
          "required": false,
          "type": "string",
          "description": "Run in the workspace by the quality gates."
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "developer"
    ]
  },
  {
    "operationId": "getProject",
    "tag": "projects",
    "noun": "projects",
    "verb": "get",
    "method": "get",
    "path": "/v1/projects/{project_id}",
    "summary": "Get a project",
    "positionals": [
      "project_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ]
  },
  {
    "operationId": "deleteProject",
    "tag": "projects",
    "noun": "projects",
    "verb": "delete",
    "method": "delete",
    "path": "/v1/projects/{project_id}",
    "summary": "Delete a project",
    "description": "Refused with `409` while the project has queued or running tasks.",
    "positionals": [
      "project_id"
    ],
    "params": [],
    "response": "empty",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "updateProject",
    "tag": "projects",
    "noun": "projects",
    "verb": "update",
    "method": "patch",
    "path": "/v1/projects/{project_id}",
    "summary": "Update a project's configuration",
    "positionals": [
      "project_id"
    ],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "name",
          "required": false,
          "type": "string"
        },
        {
          "name": "description",
          "required": false,
          "type": "string"
        },
        {
          "name": "tech_stack",
          "required": false,
          "type": "array"
        },
        {
          "name": "ai_assistance_level",
          "required": false,
          "type": "string",
          "enum": [
            "manual",
            "assisted",
            "semi_autonomous",
            "full_autonomous"
          ]
        },
        {
          "name": "auto_deployment",
          "required": false,
          "type": "boolean"
        },
        {
          "name": "quality_gates",
          "required": false,
          "type": "object"
        },
        {
          "name": "test_command",
          "required": false,
          "type": "string"
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "developer"
    ]
  },
  {
    "operationId": "analyzeProject",
    "tag": "projects",
    "noun": "projects",
    "verb": "analyze",
    "method": "post",
    "path": "/v1/projects/{project_id}/analyze",
    "summary": "Analyse a project's code",
    "description": "Static analysis of the project's workspace (complexity, size, maintainability, security patterns), with an optional model-written summary.",
    "positionals": [
      "project_id"
    ],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": false,
      "fields": [
        {
          "name": "analysis_type",
          "required": false,
          "type": "string",
          "enum": [
            "quick",
            "comprehensive",
            "security"
          ]
        },
        {
          "name": "include_metrics",
          "required": false,
          "type": "array"
        },
        {
          "name": "include_summary",
          "required": false,
          "type": "boolean",
          "description": "Ask the model for a written summary."
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "developer"
    ]
  },
  {
    "operationId": "generateCode",
    "tag": "code",
    "noun": "code",
    "verb": "generate",
    "method": "post",
    "path": "/v1/code/generate",
    "summary": "Generate code directly",
    "description": "`confidence` is the geometric mean of the model's probabilities for the tokens it chose;\n`requires_review` is true when it is below 0.8. Counts against `max_ai_requests_per_day`.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "project_id",
          "required": false,
          "type": "string"
        },
        {
          "name": "component_type",
          "required": true,
          "type": "string",
          "enum": [
            "api_endpoint",
            "function",
            "class",
            "model",
            "test",
            "component",
            "script"
          ]
        },
        {
          "name": "specification",
          "required": true,
          "type": "object"
        },
        {
          "name": "language",
          "required": false,
          "type": "string"
        },
        {
          "name": "max_tokens",
          "required": false,
          "type": "integer"
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin",
      "developer"
    ]
  },
  {
    "operationId": "getHealth",
    "tag": "health",
    "noun": "health",
    "verb": "status",
    "method": "get",
    "path": "/v1/health",
    "summary": "Platform health",
    "description": "Real probes of the database, cache, queue and billing provider, and live request counters.",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": []
  },
  {
    "operationId": "getAiHealth",
    "tag": "health",
    "noun": "health",
    "verb": "ai",
    "method": "get",
    "path": "/v1/health/mlx",
    "summary": "AI service health",
    "description": "The model in use, whether it is loaded, and measured inference figures.",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": []
  },
  {
    "operationId": "getTenantHealth",
    "tag": "health",
    "noun": "health",
    "verb": "tenant",
    "method": "get",
    "path": "/v1/health/tenant/{tenant_id}",
    "summary": "A tenant's health",
    "positionals": [
      "tenant_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "platform_admin",
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "getOpenApiDocument",
    "tag": "health",
    "noun": "health",
    "verb": "openapi",
    "method": "get",
    "path": "/v1/openapi.json",
    "summary": "This API description",
    "positionals": [],
    "params": [],
    "response": "json",
    "roles": []
  },
  {
    "operationId": "listWebhookEndpoints",
    "tag": "webhooks",
    "noun": "webhooks",
    "verb": "list",
    "method": "get",
    "path": "/v1/admin/webhooks",
    "summary": "List webhook endpoints",
    "positionals": [],
    "params": [
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Page size."
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Items to skip."
      }
    ],
    "response": "json",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "createWebhookEndpoint",
    "tag": "webhooks",
    "noun": "webhooks",
    "verb": "create",
    "method": "post",
    "path": "/v1/admin/webhooks",
    "summary": "Configure a webhook endpoint",
    "description": "Deliveries are signed: `X-LeanVibe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\">`\nwith the endpoint's secret. When no secret is given one is generated and shown in this answer only.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "url",
          "required": true,
          "type": "string"
        },
        {
          "name": "events",
          "required": true,
          "type": "array"
        },
        {
          "name": "secret",
          "required": false,
          "type": "string"
        },
        {
          "name": "description",
          "required": false,
          "type": "string"
        },
        {
          "name": "enabled",
          "required": false,
          "type": "boolean"
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "getWebhookEndpoint",
    "tag": "webhooks",
    "noun": "webhooks",
    "verb": "get",
    "method": "get",
    "path": "/v1/admin/webhooks/{webhook_id}",
    "summary": "Get a webhook endpoint",
    "positionals": [
      "webhook_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "deleteWebhookEndpoint",
    "tag": "webhooks",
    "noun": "webhooks",
    "verb": "delete",
    "method": "delete",
    "path": "/v1/admin/webhooks/{webhook_id}",
    "summary": "Delete a webhook endpoint",
    "positionals": [
      "webhook_id"
    ],
    "params": [],
    "response": "empty",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "updateWebhookEndpoint",
    "tag": "webhooks",
    "noun": "webhooks",
    "verb": "update",
    "method": "patch",
    "path": "/v1/admin/webhooks/{webhook_id}",
    "summary": "Update a webhook endpoint",
    "positionals": [
      "webhook_id"
    ],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "url",
          "required": false,
          "type": "string"
        },
        {
          "name": "events",
          "required": false,
          "type": "array"
        },
        {
          "name": "description",
          "required": false,
          "type": "string"
        },
        {
          "name": "enabled",
          "required": false,
          "type": "boolean"
        }
      ]
    },
    "response": "json",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "testWebhookEndpoint",
    "tag": "webhooks",
    "noun": "webhooks",
    "verb": "test",
    "method": "post",
    "path": "/v1/admin/webhooks/{webhook_id}/test",
    "summary": "Send a test event to an endpoint",
    "positionals": [
      "webhook_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "listWebhookDeliveries",
    "tag": "webhooks",
    "noun": "webhooks",
    "verb": "deliveries",
    "method": "get",
    "path": "/v1/admin/webhooks/{webhook_id}/deliveries",
    "summary": "List an endpoint's deliveries",
    "positionals": [
      "webhook_id"
    ],
    "params": [
      {
        "name": "status",
        "in": "query",
        "required": false,
        "type": "string",
        "enum": [
          "pending",
          "succeeded",
          "failed",
          "dead"
        ]
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Page size."
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Items to skip."
      }
    ],
    "response": "json",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "redeliverWebhook",
    "tag": "webhooks",
    "noun": "webhooks",
    "verb": "redeliver",
    "method": "post",
    "path": "/v1/admin/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver",
    "summary": "Send a delivery again",
    "positionals": [
      "webhook_id",
      "delivery_id"
    ],
    "params": [],
    "response": "json",
    "roles": [
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "getRevenueAnalytics",
    "tag": "admin",
    "noun": "admin",
    "verb": "revenue",
    "method": "get",
    "path": "/v1/admin/analytics/revenue",
    "summary": "Platform revenue analytics",
    "positionals": [],
    "params": [
      {
        "name": "period",
        "in": "query",
        "required": false,
        "type": "string",
        "enum": [
          "monthly",
          "quarterly",
          "yearly"
        ]
      },
      {
        "name": "start_date",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "First day included (UTC)."
      },
      {
        "name": "end_date",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "Last day included (UTC)."
      }
    ],
    "response": "json",
    "roles": [
      "platform_admin"
    ]
  },
  {
    "operationId": "getUsageAnalytics",
    "tag": "admin",
    "noun": "admin",
    "verb": "usage",
    "method": "get",
    "path": "/v1/admin/analytics/usage",
    "summary": "Platform usage analytics",
    "positionals": [],
    "params": [
      {
        "name": "tenant_id",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "A tenant id, or `all`."
      },
      {
        "name": "period",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "A number of days, such as `30d`."
      },
      {
        "name": "metrics",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "Comma-separated metrics."
      }
    ],
    "response": "json",
    "roles": [
      "platform_admin"
    ]
  },
  {
    "operationId": "listAuthAuditLog",
    "tag": "admin",
    "noun": "audit",
    "verb": "auth",
    "method": "get",
    "path": "/v1/admin/audit/auth",
    "summary": "Authentication audit log",
    "description": "A platform administrator may name any tenant; a tenant's owner or admin sees their own tenant only.",
    "positionals": [],
    "params": [
      {
        "name": "tenant_id",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "The tenant (platform administrators only; others always see their own)."
      },
      {
        "name": "event_type",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "An action such as `user.login` or `subscription_updated` (dots and underscores are equivalent)."
      },
      {
        "name": "start_date",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "First day included (UTC)."
      },
      {
        "name": "end_date",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "Last day included (UTC)."
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Page size."
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Items to skip."
      }
    ],
    "response": "json",
    "roles": [
      "platform_admin",
      "owner",
      "admin"
    ]
  },
  {
    "operationId": "listBillingAuditLog",
    "tag": "admin",
    "noun": "audit",
    "verb": "billing",
    "method": "get",
    "path": "/v1/admin/audit/billing",
    "summary": "Billing audit log",
    "positionals": [],
    "params": [
      {
        "name": "tenant_id",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "The tenant (platform administrators only; others always see their own)."
      },
      {
        "name": "event_type",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "An action such as `user.login` or `subscription_updated` (dots and underscores are equivalent)."
      },
      {
        "name": "start_date",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "First day included (UTC)."
      },
      {
        "name": "end_date",
        "in": "query",
        "required": false,
        "type": "string",
        "description": "Last day included (UTC)."
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Page size."
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "description": "Items to skip."
      }
    ],
    "response": "json",
    "roles": [
      "platform_admin",
      "owner",
      "admin",
      "billing_admin"
    ]
  },
  {
    "operationId": "advanceClock",
    "tag": "admin",
    "noun": "admin",
    "verb": "advance-clock",
    "method": "post",
    "path": "/v1/admin/clock/advance",
    "summary": "Advance the test clock",
    "description": "Reference mode only (refused in production mode). Moves time forward and runs every job that became due.",
    "positionals": [],
    "params": [],
    "body": {
      "contentType": "application/json",
      "required": true,
      "fields": [
        {
          "name": "days",
          "required": false,
          "type": "integer"
        },
        {
          "name": "hours",
          "required": false,
          "type": "integer"
        }
      ]
    },
    "response": "json",
    "roles": [
      "platform_admin"
    ]
  }
] as const satisfies readonly OperationEntry[];
