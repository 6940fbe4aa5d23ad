// generated from openapi/leanvibe.yaml by `pnpm gen` — do not edit

export interface paths {
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up a new organisation
         * @description Creates a tenant on a trial of the chosen plan and its owner, who can log in at once.
         */
        post: operations["registerTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description Checks the credentials and answers a token pair. When the user has multi-factor authentication
         *     enabled, the answer is instead `mfa_required: true` with a short-lived `mfa_token`, to be completed
         *     with `POST /v1/auth/mfa/verify`. Wrong e-mail and wrong password answer the same `401`. Repeated
         *     failures lock the account and the source address for a while (`429 account_locked` with `Retry-After`).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sso/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start single sign-on with Google or Microsoft
         * @description Answers the identity provider's authorisation URL for the tenant named by `X-Tenant-Slug`.
         */
        get: operations["startSso"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sso/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Complete single sign-on
         * @description The provider redirects here with `code` and `state`; answers a token pair.
         */
        get: operations["completeSso"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/saml/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SAML 2.0 assertion consumer */
        post: operations["samlSso"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/mfa/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start enrolling a multi-factor method
         * @description For `totp`, answers the base32 secret, a QR code (PNG data URL of the `otpauth://` URI) and eight
         *     single-use backup codes, all shown once. Enrolment is confirmed by `POST /v1/auth/mfa/verify` with a
         *     first code.
         */
        post: operations["setupMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/mfa/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a multi-factor code
         * @description With `mfa_token` (from a login challenge, no `Authorization` needed): completes the login and answers a
         *     token pair. With an access token: confirms a pending enrolment. A TOTP code is accepted within one time
         *     step either side and cannot be replayed; a backup code works once.
         */
        post: operations["verifyMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/mfa/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List my multi-factor methods */
        get: operations["listMfaMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/mfa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a multi-factor method
         * @description Requires a current code of that method (or a backup code).
         */
        post: operations["disableMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new token pair
         * @description The refresh token goes in `Authorization: Bearer` (as documented) or in the body. Each refresh token
         *     works once; presenting a spent one revokes its whole family.
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Ends the session: its refresh-token family and the access token stop working at once.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The authenticated user or API key, its tenant, role and scopes.
         */
        get: operations["getCurrentIdentity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description Sets the invited user's password and answers a token pair.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that sign access tokens */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tenant's users */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a user
         * @description Answers an invitation token (shown once) to be accepted with `POST /v1/auth/invitations/accept`. Counts against `max_users`.
         */
        post: operations["inviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** Get a user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Remove a user
         * @description Ends the user's sessions at once. The last owner cannot be removed.
         */
        delete: operations["removeUser"];
        options?: never;
        head?: never;
        /**
         * Change a user's role
         * @description Only an owner may grant or take away `owner`; the last owner cannot be demoted.
         */
        patch: operations["updateUserRole"];
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description The secret (`lv_…`) is in this answer only; it is stored hashed.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tenants
         * @description A platform administrator sees every tenant; an organisation's owner or admin sees its child tenants.
         */
        get: operations["listTenants"];
        put?: never;
        /**
         * Create a tenant
         * @description Platform administrators only. Creates the tenant and invites its first owner (`admin_email`).
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/me/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the current tenant */
        get: operations["getCurrentTenant"];
        /** Update the current tenant's configuration */
        put: operations["updateCurrentTenant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/me/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the current tenant's usage against its quotas */
        get: operations["getCurrentTenantUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/me/quota-check/{quota_type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check whether an amount fits in a quota */
        get: operations["checkQuota"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tenant
         * @description A platform administrator may read any tenant; an owner or admin their own and its children.
         */
        get: operations["getTenant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant_id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a tenant
         * @description Every tenant-scoped call of a suspended tenant answers `451 tenant_suspended`.
         */
        post: operations["suspendTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant_id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a suspended tenant */
        post: operations["reactivateTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the subscription plans */
        get: operations["listPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the tenant's subscription */
        get: operations["getSubscription"];
        put?: never;
        /** Create the tenant's subscription */
        post: operations["createSubscription"];
        /** Cancel the subscription */
        delete: operations["cancelSubscription"];
        options?: never;
        head?: never;
        /**
         * Change plan or cancellation at period end
         * @description A plan change mid-period is prorated to the second, rounded half up to the cent.
         */
        patch: operations["updateSubscription"];
        trace?: never;
    };
    "/v1/billing/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the usage of the current billing period */
        get: operations["getUsageSummary"];
        put?: never;
        /** Record a usage event */
        post: operations["recordUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the tenant's billing analytics */
        get: operations["getBillingAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List payment methods */
        get: operations["listPaymentMethods"];
        put?: never;
        /**
         * Add a payment method
         * @description Takes a card token. On the local ledger, Stripe-style test tokens decide the outcome: `tok_visa` and
         *     `pm_card_visa` always succeed, `tok_chargeDeclined` and `pm_card_chargeDeclined` are always declined.
         */
        post: operations["addPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/payment-methods/{payment_method_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a payment method */
        delete: operations["deletePaymentMethod"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/payment-methods/{payment_method_id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a payment method the default */
        post: operations["setDefaultPaymentMethod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/invoice/{invoice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an invoice */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/invoice/{invoice_id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an invoice as PDF */
        get: operations["getInvoicePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invoices */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a Stripe webhook
         * @description Also answered at `/api/v1/billing/webhooks/stripe`. The raw body is checked against the
         *     `Stripe-Signature` header; each event is processed once, by its id. Handled types:
         *     `customer.subscription.created`, `customer.subscription.updated`, `customer.subscription.deleted`,
         *     `invoice.payment_succeeded`, `invoice.payment_failed`.
         */
        post: operations["receiveStripeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Billing service health */
        get: operations["getBillingHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tasks */
        get: operations["listTasks"];
        put?: never;
        /**
         * Submit a development task
         * @description Validates, stores and queues the task, and answers at once. Counts against `max_ai_requests_per_day`.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a task's status */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{task_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a task
         * @description A queued task is dropped; a running generation stops. Finished tasks answer `409`.
         */
        post: operations["cancelTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{task_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task's event history */
        get: operations["listTaskEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{task_id}/artifacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files and the diff a task produced */
        get: operations["getTaskArtifacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{task_id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live task updates (WebSocket)
         * @description Upgrade to a WebSocket (`Connection: Upgrade`, `Upgrade: websocket`). Node clients authenticate with
         *     the `Authorization` header; browsers, which cannot set headers on a WebSocket, send the token as the
         *     subprotocol `bearer.<token>`. Each message is a JSON `TaskUpdateMessage` of type `progress`,
         *     `completion` or `error`, with an increasing `id`; a client that reconnects with
         *     `last_event_id` first receives every message it missed. The server closes the socket after
         *     `completion` or `error`. A plain GET answers `426`.
         */
        get: operations["subscribeTaskUpdates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List projects */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description Each project gets a local git workspace, cloned from `repository_url` when reachable. Counts against `max_projects`.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** Get a project */
        get: operations["getProject"];
        put?: never;
        post?: never;
        /**
         * Delete a project
         * @description Refused with `409` while the project has queued or running tasks.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /** Update a project's configuration */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/v1/projects/{project_id}/analyze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Analyse a project's code
         * @description Static analysis of the project's workspace (complexity, size, maintainability, security patterns), with an optional model-written summary.
         */
        post: operations["analyzeProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/code/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate code directly
         * @description `confidence` is the geometric mean of the model's probabilities for the tokens it chose;
         *     `requires_review` is true when it is below 0.8. Counts against `max_ai_requests_per_day`.
         */
        post: operations["generateCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Platform health
         * @description Real probes of the database, cache, queue and billing provider, and live request counters.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health/mlx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * AI service health
         * @description The model in use, whether it is loaded, and measured inference figures.
         */
        get: operations["getAiHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health/tenant/{tenant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tenant's health */
        get: operations["getTenantHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API description */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Configure a webhook endpoint
         * @description Deliveries are signed: `X-LeanVibe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`
         *     with the endpoint's secret. When no secret is given one is generated and shown in this answer only.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /** Update a webhook endpoint */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/admin/webhooks/{webhook_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test event to an endpoint */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an endpoint's deliveries */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again */
        post: operations["redeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/analytics/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Platform revenue analytics */
        get: operations["getRevenueAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/analytics/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Platform usage analytics */
        get: operations["getUsageAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Authentication audit log
         * @description A platform administrator may name any tenant; a tenant's owner or admin sees their own tenant only.
         */
        get: operations["listAuthAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Billing audit log */
        get: operations["listBillingAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Advance the test clock
         * @description Reference mode only (refused in production mode). Moves time forward and runs every job that became due.
         */
        post: operations["advanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "user.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * user.created
         * @description A user was created (sign-up, invitation accepted or SSO).
         */
        post: operations["onUserCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * user.login
         * @description A user logged in.
         */
        post: operations["onUserLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * user.logout
         * @description A user's session ended.
         */
        post: operations["onUserLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "mfa.enabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * mfa.enabled
         * @description A user enabled a multi-factor method.
         */
        post: operations["onMfaEnabled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "task.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * task.created
         * @description A development task was submitted.
         */
        post: operations["onTaskCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "task.in_progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * task.in_progress
         * @description The agent started a task.
         */
        post: operations["onTaskInProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "task.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * task.completed
         * @description A task completed.
         */
        post: operations["onTaskCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "task.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * task.failed
         * @description A task failed; `data.failure_reason` says why.
         */
        post: operations["onTaskFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "project.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * project.created
         * @description A project was created.
         */
        post: operations["onProjectCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.created
         * @description A subscription started.
         */
        post: operations["onSubscriptionCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.updated
         * @description A subscription changed plan or state.
         */
        post: operations["onSubscriptionUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * subscription.cancelled
         * @description A subscription was cancelled.
         */
        post: operations["onSubscriptionCancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invoice.paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * invoice.paid
         * @description An invoice was paid.
         */
        post: operations["onInvoicePaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * payment.failed
         * @description A payment attempt failed.
         */
        post: operations["onPaymentFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tenant.quota_warning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * tenant.quota_warning
         * @description A quota reached 90 %.
         */
        post: operations["onTenantQuotaWarning"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tenant.quota_exceeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * tenant.quota_exceeded
         * @description A quota reached 100 %.
         */
        post: operations["onTenantQuotaExceeded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tenant.suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * tenant.suspended
         * @description The tenant was suspended.
         */
        post: operations["onTenantSuspended"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "maintenance.scheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * maintenance.scheduled
         * @description Maintenance is scheduled.
         */
        post: operations["onMaintenanceScheduled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook.test
         * @description A test delivery from `POST /v1/admin/webhooks/{webhook_id}/test`.
         */
        post: operations["onWebhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description Machine-readable error codes. The HTTP status of each is in the API description.
         * @enum {string}
         */
        ErrorCode: "invalid_request" | "validation_failed" | "unauthorized" | "token_expired" | "payment_required" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "payload_too_large" | "unsupported_media_type" | "upgrade_required" | "quota_exceeded" | "rate_limited" | "account_locked" | "tenant_suspended" | "server_error" | "not_implemented" | "service_unavailable";
        Error: {
            error: components["schemas"]["ErrorCode"];
            /** @description A sentence for people. */
            message: string;
            /** @description What went wrong, field by field where it applies (`field`, `validation_errors`, `required_roles`, quota figures). */
            details: {
                [key: string]: unknown;
            } | null;
            /** @description On `quota_exceeded`, the plans that would lift the limit. */
            upgrade_options?: components["schemas"]["UpgradeOption"][];
            request_id: string;
            /** Format: date-time */
            timestamp: string;
        };
        UpgradeOption: {
            plan: components["schemas"]["PlanSlug"];
            /** @description Cents. */
            monthly_price: number;
            benefits: string[];
        };
        Pagination: {
            limit: number;
            offset: number;
            total: number;
            has_more: boolean;
        };
        SuccessMessage: {
            success: boolean;
            message: string;
        };
        Slug: string;
        /** Format: email */
        Email: string;
        /** @description At least 10 characters. */
        Password: string;
        /** Format: date-time */
        Timestamp: string;
        /** @enum {string} */
        Role: "platform_admin" | "owner" | "admin" | "billing_admin" | "developer" | "viewer";
        /** @enum {string} */
        TenantRole: "owner" | "admin" | "billing_admin" | "developer" | "viewer";
        RegisterRequest: {
            organization_name: string;
            slug: components["schemas"]["Slug"];
            email: components["schemas"]["Email"];
            password: components["schemas"]["Password"];
            name?: string;
            plan?: components["schemas"]["PlanSlug"];
            data_residency?: components["schemas"]["DataResidency"];
        };
        RegisterResponse: {
            tenant: components["schemas"]["TenantInfo"];
            user: components["schemas"]["UserSummary"];
            access_token: string;
            refresh_token: string;
            expires_in: number;
        };
        LoginRequest: {
            email: components["schemas"]["Email"];
            password: string;
            /**
             * @default local
             * @enum {string}
             */
            provider?: "local";
        };
        /** @description Either a token pair with the user, or (`mfa_required`) a challenge to complete with `POST /v1/auth/mfa/verify`. */
        LoginResponse: {
            success: boolean;
            access_token?: string;
            refresh_token?: string;
            /** @enum {string} */
            token_type?: "Bearer";
            /** @description Seconds until the access token expires. */
            expires_in?: number;
            user?: components["schemas"]["UserSummary"];
            mfa_required?: boolean;
            /** @description Valid for five minutes. */
            mfa_token?: string;
            mfa_methods?: components["schemas"]["MfaMethodType"][];
        };
        UserSummary: {
            /** Format: uuid */
            id: string;
            email: components["schemas"]["Email"];
            role: components["schemas"]["Role"];
            /** Format: uuid */
            tenant_id: string | null;
        };
        SsoRedirect: {
            /** @enum {string} */
            provider: "google" | "microsoft";
            /** Format: uri */
            authorization_url: string;
            state: string;
        };
        SamlResponseForm: {
            SAMLResponse: string;
            RelayState?: string;
        };
        /** @enum {string} */
        MfaMethodType: "totp" | "sms" | "email" | "hardware_key";
        MfaSetupRequest: {
            method: components["schemas"]["MfaMethodType"];
            /** @description For `sms`, in E.164 form. */
            phone_number?: string;
        };
        MfaSetupResponse: {
            method: components["schemas"]["MfaMethodType"];
            /** @description Base32. */
            secret?: string;
            /** @description A PNG data URL of the otpauth URI. */
            qr_code?: string;
            otpauth_url?: string;
            backup_codes?: string[];
        };
        MfaVerifyRequest: {
            code: string;
            method?: components["schemas"]["MfaMethodType"];
            mfa_token?: string;
        };
        MfaVerifyResponse: {
            success: boolean;
            verified: boolean;
            method: components["schemas"]["MfaMethodType"];
            backup_code_used?: boolean;
            access_token?: string;
            refresh_token?: string;
            /** @enum {string} */
            token_type?: "Bearer";
            expires_in?: number;
            user?: components["schemas"]["UserSummary"];
        };
        MfaMethod: {
            method: components["schemas"]["MfaMethodType"];
            /** @enum {string} */
            status: "pending" | "enabled" | "disabled";
            backup_codes_remaining?: number;
            created_at: components["schemas"]["Timestamp"];
            /** Format: date-time */
            last_used_at?: string | null;
        };
        MfaMethodList: {
            data: components["schemas"]["MfaMethod"][];
        };
        MfaDisableRequest: {
            method: components["schemas"]["MfaMethodType"];
            code: string;
        };
        RefreshRequest: {
            refresh_token?: string;
        };
        Identity: {
            /** @enum {string} */
            type: "user" | "api_key" | "platform_admin";
            role: components["schemas"]["Role"];
            scopes: string[];
            user?: components["schemas"]["UserSummary"];
            /** Format: uuid */
            api_key_id?: string;
            tenant?: {
                /** Format: uuid */
                id?: string;
                slug?: string;
                organization_name?: string;
            } | null;
        };
        AcceptInvitationRequest: {
            token: string;
            password: components["schemas"]["Password"];
            name?: string;
        };
        Jwks: {
            keys: {
                [key: string]: unknown;
            }[];
        };
        /** @enum {string} */
        UserStatus: "active" | "invited" | "disabled";
        User: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            tenant_id: string;
            email: components["schemas"]["Email"];
            name?: string | null;
            role: components["schemas"]["TenantRole"];
            status: components["schemas"]["UserStatus"];
            mfa_enabled: boolean;
            /** Format: date-time */
            last_login_at?: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        UserList: {
            data: components["schemas"]["User"][];
            pagination: components["schemas"]["Pagination"];
        };
        InviteUserRequest: {
            email: components["schemas"]["Email"];
            role: components["schemas"]["TenantRole"];
            name?: string;
        };
        Invitation: {
            /** Format: uuid */
            id: string;
            email: components["schemas"]["Email"];
            role: components["schemas"]["TenantRole"];
            /** @description Shown once. */
            token: string;
            expires_at: components["schemas"]["Timestamp"];
            created_at: components["schemas"]["Timestamp"];
        };
        UpdateUserRoleRequest: {
            role: components["schemas"]["TenantRole"];
        };
        ApiKeyScope: string;
        CreateApiKeyRequest: {
            name: string;
            scopes: components["schemas"]["ApiKeyScope"][];
            expires_at?: components["schemas"]["Timestamp"];
        };
        ApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters of the secret, to recognise it. */
            prefix: string;
            scopes: components["schemas"]["ApiKeyScope"][];
            created_at: components["schemas"]["Timestamp"];
            /** Format: date-time */
            expires_at?: string | null;
            /** Format: date-time */
            last_used_at?: string | null;
            /** Format: date-time */
            revoked_at?: string | null;
        };
        ApiKeyWithSecret: components["schemas"]["ApiKey"] & {
            /** @description `lv_…`, shown once. */
            secret: string;
        };
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @enum {string} */
        TenantStatus: "active" | "trial" | "suspended" | "cancelled";
        /** @enum {string} */
        PlanSlug: "developer" | "team" | "enterprise";
        /** @enum {string} */
        DataResidency: "us" | "eu" | "uk" | "ca" | "ap";
        /** @enum {string} */
        QuotaType: "users" | "projects" | "api_calls" | "storage" | "ai_requests" | "concurrent_sessions";
        TenantQuotas: {
            max_users: number;
            max_projects: number;
            max_api_calls_per_month: number;
            max_storage_mb: number;
            max_ai_requests_per_day: number;
            max_concurrent_sessions: number;
        };
        TenantCurrentUsage: {
            users_count: number;
            projects_count: number;
            api_calls_this_month: number;
            storage_used_mb: number;
            ai_requests_today: number;
            concurrent_sessions: number;
        };
        TenantConfiguration: {
            branding?: {
                primary_color?: string;
                /** Format: uri */
                logo_url?: string;
            };
            features?: {
                [key: string]: boolean;
            };
        };
        TenantInfo: {
            /** Format: uuid */
            id: string;
            organization_name: string;
            slug: components["schemas"]["Slug"];
            display_name?: string | null;
            status: components["schemas"]["TenantStatus"];
            plan: components["schemas"]["PlanSlug"];
            data_residency: components["schemas"]["DataResidency"];
            /** Format: uuid */
            parent_tenant_id?: string | null;
            configuration?: components["schemas"]["TenantConfiguration"];
            quotas: components["schemas"]["TenantQuotas"];
            current_usage: components["schemas"]["TenantCurrentUsage"];
            suspended_reason?: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
            /** Format: date-time */
            trial_ends_at: string | null;
        };
        CreatedTenant: components["schemas"]["TenantInfo"] & {
            /** @description Shown once; deliver it to `admin_email`, who accepts it with `POST /v1/auth/invitations/accept`. */
            owner_invitation: components["schemas"]["Invitation"];
        };
        CreateTenantRequest: {
            organization_name: string;
            slug: components["schemas"]["Slug"];
            admin_email: components["schemas"]["Email"];
            plan: components["schemas"]["PlanSlug"];
            data_residency?: components["schemas"]["DataResidency"];
            /** Format: uuid */
            parent_tenant_id?: string;
        };
        UpdateTenantRequest: {
            display_name?: string;
            configuration?: components["schemas"]["TenantConfiguration"];
        };
        TenantList: {
            data: components["schemas"]["TenantInfo"][];
            pagination: components["schemas"]["Pagination"];
        };
        TenantUsage: {
            /** Format: uuid */
            tenant_id: string;
            period: {
                start: components["schemas"]["Timestamp"];
                end: components["schemas"]["Timestamp"];
            };
            quotas: components["schemas"]["TenantQuotas"];
            current_usage: components["schemas"]["TenantCurrentUsage"];
            /** @description Each quota's use, as a fraction of its limit. */
            utilization: {
                [key: string]: number;
            };
        };
        QuotaCheck: {
            quota_type: components["schemas"]["QuotaType"];
            available: boolean;
            current_usage: number;
            quota_limit: number;
            requested_amount: number;
            remaining: number;
        };
        SuspendTenantRequest: {
            reason: string;
        };
        Plan: {
            id: string;
            name: string;
            slug: components["schemas"]["PlanSlug"];
            /** @description Cents per month. */
            base_price: number;
            /** @enum {string} */
            currency: "USD";
            /** @enum {string} */
            billing_interval: "monthly";
            is_enterprise?: boolean;
            features: {
                [key: string]: number | boolean;
            };
            trial_period_days: number;
        };
        /** @enum {string} */
        SubscriptionStatus: "trialing" | "active" | "past_due" | "canceled" | "unpaid";
        Subscription: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            tenant_id: string;
            plan_id: string;
            plan: components["schemas"]["PlanSlug"];
            status: components["schemas"]["SubscriptionStatus"];
            current_period_start: components["schemas"]["Timestamp"];
            current_period_end: components["schemas"]["Timestamp"];
            /** Format: date-time */
            trial_end?: string | null;
            cancel_at_period_end: boolean;
            /** Format: date-time */
            canceled_at?: string | null;
            default_payment_method_id?: string | null;
            /** @enum {string} */
            provider: "local" | "stripe";
            created_at: components["schemas"]["Timestamp"];
        };
        CreateSubscriptionRequest: {
            /**
             * Format: uuid
             * @description Must be the caller's tenant when given.
             */
            tenant_id?: string;
            /** @description A plan id or slug. */
            plan_id: string;
            payment_method_id?: string;
            trial_period_days?: number;
        };
        UpdateSubscriptionRequest: {
            plan_id?: string;
            cancel_at_period_end?: boolean;
        };
        SubscriptionCancellation: {
            message: string;
            /** Format: uuid */
            subscription_id: string;
            /** Format: date-time */
            cancelled_at: string | null;
        };
        /** @enum {string} */
        UsageMetric: "api_calls" | "storage_gb" | "ai_requests" | "active_users";
        RecordUsageRequest: {
            metric_type: components["schemas"]["UsageMetric"];
            quantity: number;
            timestamp?: components["schemas"]["Timestamp"];
        };
        UsageRecord: {
            /** Format: uuid */
            id: string;
            metric_type: components["schemas"]["UsageMetric"];
            quantity: number;
            recorded_at: components["schemas"]["Timestamp"];
        };
        UsageMetrics: {
            api_calls: number;
            storage_gb: number;
            ai_requests: number;
            active_users: number;
        };
        UsageSummary: {
            /** Format: uuid */
            subscription_id: string | null;
            billing_period: {
                start: components["schemas"]["Timestamp"];
                end: components["schemas"]["Timestamp"];
            };
            usage_metrics: components["schemas"]["UsageMetrics"];
            /** @description In currency units (dollars), as documented. */
            projected_cost: number;
            projected_cost_cents?: number;
            /** @enum {string} */
            currency: "USD";
        };
        BillingAnalytics: {
            /** Format: uuid */
            tenant_id: string;
            /** @description Cents. */
            monthly_recurring_revenue: number;
            /** @description Cents. */
            annual_recurring_revenue: number;
            usage_metrics: components["schemas"]["UsageMetrics"];
            /** @description One figure per billing period, oldest first. */
            usage_trends: {
                [key: string]: number[];
            };
            payment_health_score: number;
            /** @description Cents. */
            projected_monthly_cost: number;
            calculated_at: components["schemas"]["Timestamp"];
        };
        AddPaymentMethodRequest: {
            /** @enum {string} */
            type: "card";
            card_token: string;
            set_default?: boolean;
        };
        PaymentMethod: {
            id: string;
            /** @enum {string} */
            type: "card";
            brand: string;
            last4: string;
            exp_month: number;
            exp_year: number;
            is_default: boolean;
            created_at: components["schemas"]["Timestamp"];
        };
        PaymentMethodList: {
            data: components["schemas"]["PaymentMethod"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @enum {string} */
        InvoiceStatus: "draft" | "open" | "paid" | "void" | "uncollectible";
        InvoiceLine: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "base" | "proration" | "overage" | "tax" | "credit";
            description: string;
            quantity: number;
            /** @description Cents. */
            unit_amount: number;
            /** @description Cents. */
            amount: number;
            /** Format: date-time */
            period_start?: string | null;
            /** Format: date-time */
            period_end?: string | null;
        };
        Invoice: {
            /** Format: uuid */
            id: string;
            number?: string;
            /** Format: uuid */
            subscription_id?: string | null;
            status: components["schemas"]["InvoiceStatus"];
            /** @description Cents. */
            subtotal?: number;
            /** @description Cents. */
            tax?: number;
            /** @description Cents. */
            total: number;
            amount_paid?: number;
            amount_due?: number;
            /** @enum {string} */
            currency: "USD";
            issue_date: components["schemas"]["Timestamp"];
            due_date: components["schemas"]["Timestamp"];
            /** Format: date-time */
            paid_at: string | null;
            period_start?: components["schemas"]["Timestamp"];
            period_end?: components["schemas"]["Timestamp"];
            lines?: components["schemas"]["InvoiceLine"][];
            /** Format: uri */
            pdf_url: string;
        };
        InvoiceList: {
            data: components["schemas"]["Invoice"][];
            pagination: components["schemas"]["Pagination"];
        };
        StripeEvent: {
            id: string;
            type: string;
            created?: number;
            data: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        WebhookReceipt: {
            received: boolean;
            event_id: string;
            duplicate: boolean;
        };
        BillingHealth: {
            status: components["schemas"]["ServiceStatus"];
            /** @enum {string} */
            service: "billing";
            /** @enum {string} */
            provider?: "local" | "stripe";
            timestamp: components["schemas"]["Timestamp"];
            plans_available: number;
        };
        /** @enum {string} */
        TaskPriority: "low" | "medium" | "high" | "critical";
        /** @enum {string} */
        TaskComplexity: "low" | "medium" | "high";
        /** @enum {string} */
        TaskStatus: "queued" | "in_progress" | "completed" | "failed" | "cancelled";
        /** @description Lists of requirements by kind (`frameworks`, `security_requirements`, `testing_requirements`, …). */
        TaskRequirements: {
            [key: string]: string[];
        };
        CreateTaskRequest: {
            /** Format: uuid */
            project_id: string;
            title: string;
            description?: string;
            priority?: components["schemas"]["TaskPriority"];
            estimated_complexity?: components["schemas"]["TaskComplexity"];
            requirements?: components["schemas"]["TaskRequirements"];
            github_issue?: number;
            jira_key?: string;
            requestor?: string;
        };
        TaskCreated: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["TaskStatus"];
            /** Format: uuid */
            project_id: string;
            title: string;
            estimated_duration_minutes: number;
            assigned_agent: string;
            created_at: components["schemas"]["Timestamp"];
            /** Format: uri */
            tracking_url: string;
        };
        TaskDeliverables: {
            files_created: number;
            tests_written: number;
            api_endpoints: number;
        };
        Task: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            project_id: string;
            title: string;
            description?: string | null;
            priority: components["schemas"]["TaskPriority"];
            estimated_complexity?: components["schemas"]["TaskComplexity"];
            requirements?: components["schemas"]["TaskRequirements"];
            status: components["schemas"]["TaskStatus"];
            progress_percentage: number;
            current_step: string | null;
            /** Format: date-time */
            estimated_completion?: string | null;
            estimated_duration_minutes?: number;
            assigned_agent?: string | null;
            deliverables: components["schemas"]["TaskDeliverables"];
            branch?: string | null;
            commit?: string | null;
            failure_reason?: string | null;
            created_at: components["schemas"]["Timestamp"];
            /** Format: date-time */
            started_at?: string | null;
            /** Format: date-time */
            completed_at?: string | null;
            /** Format: uri */
            tracking_url?: string;
            real_time_updates: {
                websocket_url: string;
            };
        };
        TaskList: {
            data: components["schemas"]["Task"][];
            pagination: components["schemas"]["Pagination"];
        };
        TaskEvent: {
            /** @description Increasing per task; the `last_event_id` of the updates socket. */
            id: number;
            /** Format: uuid */
            task_id: string;
            /** @enum {string} */
            type: "created" | "progress" | "completion" | "error" | "cancelled";
            created_at: components["schemas"]["Timestamp"];
            data: {
                [key: string]: unknown;
            };
        };
        TaskEventList: {
            data: components["schemas"]["TaskEvent"][];
            pagination: components["schemas"]["Pagination"];
        };
        TaskArtifacts: {
            /** Format: uuid */
            task_id: string;
            branch: string | null;
            commit: string | null;
            files: {
                path: string;
                /** @enum {string} */
                status: "added" | "modified" | "deleted";
                /** @enum {string} */
                kind: "code" | "test" | "other";
                lines: number;
            }[];
            diff: string;
        };
        TaskUpdateMessage: {
            id: number;
            /** @enum {string} */
            type: "progress" | "completion" | "error";
            /** Format: uuid */
            task_id: string;
            timestamp: components["schemas"]["Timestamp"];
            status?: components["schemas"]["TaskStatus"];
            percentage?: number;
            current_step?: string;
            deliverables?: components["schemas"]["TaskDeliverables"];
            error?: string;
        };
        /** @enum {string} */
        AiAssistanceLevel: "manual" | "assisted" | "semi_autonomous" | "full_autonomous";
        QualityGates: {
            require_tests?: boolean;
            min_test_coverage?: number;
            security_scan?: boolean;
        };
        CreateProjectRequest: {
            name: string;
            description?: string;
            tech_stack?: string[];
            repository_url?: string;
            ai_assistance_level?: components["schemas"]["AiAssistanceLevel"];
            auto_deployment?: boolean;
            quality_gates?: components["schemas"]["QualityGates"];
            /** @description Run in the workspace by the quality gates. */
            test_command?: string;
        };
        UpdateProjectRequest: {
            name?: string;
            description?: string;
            tech_stack?: string[];
            ai_assistance_level?: components["schemas"]["AiAssistanceLevel"];
            auto_deployment?: boolean;
            quality_gates?: components["schemas"]["QualityGates"];
            test_command?: string | null;
        };
        Project: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            tenant_id: string;
            name: string;
            description?: string | null;
            tech_stack?: string[];
            repository_url?: string | null;
            ai_assistance_level: components["schemas"]["AiAssistanceLevel"];
            auto_deployment: boolean;
            quality_gates: components["schemas"]["QualityGates"];
            test_command?: string | null;
            workspace?: {
                branch?: string;
                head_commit?: string | null;
                files_count?: number;
            };
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        ProjectList: {
            data: components["schemas"]["Project"][];
            pagination: components["schemas"]["Pagination"];
        };
        AnalyzeProjectRequest: {
            /**
             * @default comprehensive
             * @enum {string}
             */
            analysis_type?: "quick" | "comprehensive" | "security";
            include_metrics?: ("complexity" | "security" | "performance" | "maintainability")[];
            /**
             * @description Ask the model for a written summary.
             * @default false
             */
            include_summary?: boolean;
        };
        AnalysisReport: {
            /** Format: uuid */
            project_id: string;
            analysis_type: string;
            analyzed_at: components["schemas"]["Timestamp"];
            summary?: string | null;
            totals: {
                files: number;
                lines: number;
                code_lines: number;
                functions: number;
                complexity: number;
                average_complexity?: number;
                maintainability_index: number;
            };
            files: {
                path: string;
                language: string;
                lines: number;
                functions: number;
                complexity: number;
                maintainability_index: number;
            }[];
            security_findings: {
                rule: string;
                /** @enum {string} */
                severity: "low" | "medium" | "high" | "critical";
                path: string;
                line: number;
                message: string;
            }[];
            duration_ms: number;
        };
        GenerateCodeRequest: {
            /** Format: uuid */
            project_id?: string;
            /** @enum {string} */
            component_type: "api_endpoint" | "function" | "class" | "model" | "test" | "component" | "script";
            specification: {
                [key: string]: unknown;
            };
            language?: string;
            max_tokens?: number;
        };
        GenerateCodeResponse: {
            /** @enum {string} */
            status: "success";
            response: string;
            confidence: number;
            requires_review: boolean;
            processing_time_ms: number;
            model?: string;
            tokens?: number;
        };
        /** @enum {string} */
        ServiceStatus: "healthy" | "degraded" | "unhealthy";
        ServiceProbe: {
            status: components["schemas"]["ServiceStatus"];
            response_time_ms?: number;
            error?: string;
        } & {
            [key: string]: unknown;
        };
        Health: {
            status: components["schemas"]["ServiceStatus"];
            timestamp: components["schemas"]["Timestamp"];
            version?: string;
            services: {
                api: components["schemas"]["ServiceProbe"];
                database: components["schemas"]["ServiceProbe"];
                cache: components["schemas"]["ServiceProbe"];
                ai_services: components["schemas"]["ServiceProbe"];
                billing: components["schemas"]["ServiceProbe"];
            };
            metrics: {
                requests_per_minute: number;
                /** @description Milliseconds. */
                average_response_time: number;
                /** @description Share of 5xx answers in the last minutes. */
                error_rate: number;
                uptime_percentage: number;
                uptime_seconds?: number;
            };
        };
        AiHealth: {
            status: components["schemas"]["ServiceStatus"];
            model: string;
            model_loaded: boolean;
            inference_ready: boolean;
            /** @description True when the server runs on the generated test model, not a real one. */
            tiny_model: boolean;
            confidence_score?: number | null;
            performance: {
                last_inference_time_ms?: number | null;
                average_tokens_per_second?: number | null;
                memory_efficiency?: string;
            };
        };
        TenantHealth: {
            /** Format: uuid */
            tenant_id: string;
            status: components["schemas"]["ServiceStatus"];
            tenant_status: components["schemas"]["TenantStatus"];
            checked_at: components["schemas"]["Timestamp"];
            quota_utilization: {
                [key: string]: number;
            };
            requests_last_hour?: number;
            error_rate?: number;
            active_tasks?: number;
        };
        /** @enum {string} */
        WebhookEventType: "user.created" | "user.login" | "user.logout" | "mfa.enabled" | "task.created" | "task.in_progress" | "task.completed" | "task.failed" | "project.created" | "subscription.created" | "subscription.updated" | "subscription.cancelled" | "invoice.paid" | "payment.failed" | "tenant.quota_warning" | "tenant.quota_exceeded" | "tenant.suspended" | "maintenance.scheduled" | "webhook.test";
        CreateWebhookEndpointRequest: {
            /** Format: uri */
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            secret?: string;
            description?: string;
            /** @default true */
            enabled?: boolean;
        };
        UpdateWebhookEndpointRequest: {
            /** Format: uri */
            url?: string;
            events?: components["schemas"]["WebhookEventType"][];
            description?: string;
            enabled?: boolean;
        };
        WebhookEndpoint: {
            /** Format: uuid */
            id: string;
            /** Format: uri */
            url: string;
            events: components["schemas"]["WebhookEventType"][];
            description?: string | null;
            enabled: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
        };
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /** @description Shown once. */
            secret: string;
        };
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @enum {string} */
        WebhookDeliveryStatus: "pending" | "succeeded" | "failed" | "dead";
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            webhook_id: string;
            /** Format: uuid */
            event_id: string;
            event_type: components["schemas"]["WebhookEventType"];
            status: components["schemas"]["WebhookDeliveryStatus"];
            attempts: number;
            response_status?: number | null;
            last_error?: string | null;
            /** Format: date-time */
            next_attempt_at?: string | null;
            /** Format: date-time */
            delivered_at?: string | null;
            created_at: components["schemas"]["Timestamp"];
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The body of every webhook delivery. */
        WebhookEvent: {
            /**
             * Format: uuid
             * @description The event id; the same across redeliveries.
             */
            id: string;
            event_type: components["schemas"]["WebhookEventType"];
            /** Format: uuid */
            tenant_id: string | null;
            timestamp: components["schemas"]["Timestamp"];
            data: {
                [key: string]: unknown;
            };
            /** @description `sha256=<hex HMAC-SHA256 of the body without this field>`, as documented; prefer the `X-LeanVibe-Signature` header, which also covers the timestamp. */
            signature?: string;
        };
        UserEventData: {
            /** Format: uuid */
            user_id: string;
            email?: components["schemas"]["Email"];
            role?: components["schemas"]["Role"];
            method?: string;
        };
        TaskEventData: {
            /** Format: uuid */
            task_id: string;
            /** Format: uuid */
            project_id: string;
            status: components["schemas"]["TaskStatus"];
            title?: string;
            deliverables?: components["schemas"]["TaskDeliverables"];
            branch?: string | null;
            github_pr_url?: string | null;
            failure_reason?: string | null;
        };
        ProjectEventData: {
            /** Format: uuid */
            project_id: string;
            name: string;
        };
        SubscriptionEventData: {
            /** Format: uuid */
            subscription_id: string;
            plan: components["schemas"]["PlanSlug"];
            previous_plan?: components["schemas"]["PlanSlug"];
            status: components["schemas"]["SubscriptionStatus"];
        };
        InvoiceEventData: {
            /** Format: uuid */
            invoice_id: string;
            total: number;
            currency: string;
            attempt?: number;
            failure_reason?: string | null;
        };
        QuotaEventData: {
            quota_type: components["schemas"]["QuotaType"];
            current_usage: number;
            quota_limit: number;
            threshold?: number;
        };
        TenantEventData: {
            /** Format: uuid */
            tenant_id: string;
            reason?: string | null;
        };
        MaintenanceEventData: {
            starts_at: components["schemas"]["Timestamp"];
            ends_at: components["schemas"]["Timestamp"];
            description: string;
        };
        RevenueAnalytics: {
            /** @enum {string} */
            period: "monthly" | "quarterly" | "yearly";
            /** Format: date */
            start_date?: string;
            /** Format: date */
            end_date?: string;
            metrics: {
                /** @description Cents. */
                total_revenue: number;
                recurring_revenue: number;
                one_time_revenue: number;
                /** @description Percent, last period over the one before. */
                revenue_growth_rate: number;
                customer_acquisition_cost?: number | null;
                lifetime_value?: number | null;
            };
            monthly_breakdown: {
                month: string;
                revenue: number;
                new_customers: number;
                churned_customers: number;
                expansion_revenue: number;
            }[];
        };
        UsageAnalytics: {
            tenant_id: string;
            period: string;
            start: components["schemas"]["Timestamp"];
            end: components["schemas"]["Timestamp"];
            metrics: {
                [key: string]: {
                    total: number;
                    daily: {
                        /** Format: date */
                        date?: string;
                        value?: number;
                    }[];
                };
            };
            tenants?: {
                /** Format: uuid */
                tenant_id?: string;
                slug?: string;
                totals?: {
                    [key: string]: number;
                };
            }[];
        };
        AuditEntry: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            tenant_id?: string | null;
            sequence: number;
            /** @enum {string} */
            actor_type?: "user" | "api_key" | "platform_admin" | "system";
            actor_id?: string | null;
            action: string;
            /** @enum {string} */
            category: "auth" | "billing" | "tenant" | "task" | "admin";
            target_type?: string | null;
            target_id?: string | null;
            /** @enum {string} */
            result: "success" | "failure" | "denied";
            ip?: string | null;
            user_agent?: string | null;
            request_id?: string | null;
            details?: {
                [key: string]: unknown;
            };
            created_at: components["schemas"]["Timestamp"];
            hash: string;
        };
        AuditEntryList: {
            data: components["schemas"]["AuditEntry"][];
            pagination: components["schemas"]["Pagination"];
        };
        AdvanceClockRequest: {
            days?: number;
            hours?: number;
        };
        ClockState: {
            now: components["schemas"]["Timestamp"];
            offset_seconds: number;
            jobs_run: {
                [key: string]: number;
            };
        };
    };
    responses: {
        /** @description The request is malformed or fails validation; `details` names the field. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "invalid_request",
                 *       "message": "request/body/title must NOT have fewer than 1 characters",
                 *       "details": {
                 *         "field": "title",
                 *         "validation_errors": [
                 *           "must NOT have fewer than 1 characters"
                 *         ]
                 *       },
                 *       "request_id": "req_0b9f2a4e5c1d4e8f",
                 *       "timestamp": "2025-01-09T10:30:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing, invalid, expired or revoked credentials. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The subscription's payment is overdue, or a card was declined. */
        PaymentRequired: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller's role or the API key's scopes do not allow this; `details.required_roles` lists what would. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such resource in the caller's tenant. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request conflicts with the resource's state, or reuses an idempotency key with another body. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description This endpoint only speaks WebSocket. */
        UpgradeRequired: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A rate limit or a quota is exhausted (`quota_exceeded`), or the account is locked after failed logins (`account_locked`). */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "quota_exceeded",
                 *       "message": "Monthly API quota exceeded",
                 *       "details": {
                 *         "quota_type": "api_calls",
                 *         "current_usage": 100000,
                 *         "quota_limit": 100000,
                 *         "reset_date": "2025-02-01T00:00:00Z"
                 *       },
                 *       "upgrade_options": [
                 *         {
                 *           "plan": "enterprise",
                 *           "monthly_price": 80000,
                 *           "benefits": [
                 *             "Unlimited API calls",
                 *             "Priority support"
                 *           ]
                 *         }
                 *       ],
                 *       "request_id": "req_0b9f2a4e5c1d4e8f",
                 *       "timestamp": "2025-01-09T10:30:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The tenant is suspended. */
        TenantSuspended: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An unexpected error on the server; quote the `request_id` to support. */
        ServerError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not implemented by this server yet. */
        NotImplemented: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A service this operation needs is not available right now. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Makes a retried request safe; see the API description. */
        IdempotencyKey: string;
        /** @description The tenant to log in to, when the same e-mail belongs to several tenants. */
        TenantSlug: components["schemas"]["Slug"];
        /** @description The tenant whose identity-provider settings apply. */
        TenantSlugRequired: components["schemas"]["Slug"];
        /** @description Page size. */
        Limit: number;
        /** @description Items to skip. */
        Offset: number;
        UserId: string;
        KeyId: string;
        TenantId: string;
        PaymentMethodId: string;
        InvoiceId: string;
        TaskId: string;
        ProjectId: string;
        WebhookId: string;
        /** @description First day included (UTC). */
        StartDate: string;
        /** @description Last day included (UTC). */
        EndDate: string;
        /** @description The tenant (platform administrators only; others always see their own). */
        AuditTenantId: string;
        /** @description An action such as `user.login` or `subscription_updated` (dots and underscores are equivalent). */
        AuditEventType: string;
        /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
        WebhookSignature: string;
    };
    requestBodies: never;
    headers: {
        /** @description The id of this request, also in every error body as `request_id`. */
        "X-Request-Id": string;
        /** @description Requests allowed per minute on the tenant's plan. */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "X-RateLimit-Remaining": number;
        /** @description When the current window ends, in Unix seconds. */
        "X-RateLimit-Reset": number;
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    registerTenant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization_name": "Enterprise Corp",
                 *       "slug": "enterprise-corp",
                 *       "email": "admin@enterprise-corp.com",
                 *       "password": "correct-horse-battery-staple",
                 *       "plan": "team"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description The tenant and its owner were created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: {
                /** @description The tenant to log in to, when the same e-mail belongs to several tenants. */
                "X-Tenant-Slug"?: components["parameters"]["TenantSlug"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "admin@company.com",
                 *       "password": "secure_password",
                 *       "provider": "local"
                 *     }
                 */
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Logged in, or a multi-factor challenge. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "access_token": "eyJhbGciOiJFUzI1NiIsImtpZCI6ImtleS0xIiwidHlwIjoiSldUIn0.e30.c2ln",
                     *       "refresh_token": "lvr_4Yd3Jc1m0xq9Qy2Wn7Vt5Zb8Kp6Lh3Gf",
                     *       "expires_in": 3600,
                     *       "user": {
                     *         "id": "0b9f2a4e-5c1d-4e8f-9a7b-3c2d1e0f9a8b",
                     *         "email": "admin@company.com",
                     *         "role": "owner",
                     *         "tenant_id": "6f1e2d3c-4b5a-4978-8665-544332211000"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    startSso: {
        parameters: {
            query?: {
                /** @description Where the browser returns after the provider; defaults to the tenant's configured callback. */
                redirect_uri?: string;
            };
            header: {
                /** @description The tenant whose identity-provider settings apply. */
                "X-Tenant-Slug": components["parameters"]["TenantSlugRequired"];
            };
            path: {
                provider: "google" | "microsoft";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The URL to send the browser to. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoRedirect"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    completeSso: {
        parameters: {
            query: {
                /** @description Present on success; absent when the provider sends `error` instead. */
                code?: string;
                state: string;
                /** @description The issuer, as RFC 9207 adds it. */
                iss?: string;
                /** @description Scopes granted (Google). */
                scope?: string;
                /** @description Account index (Google). */
                authuser?: string;
                /** @description Prompt shown (Google). */
                prompt?: string;
                /** @description Hosted domain (Google). */
                hd?: string;
                /** @description Session state (Microsoft). */
                session_state?: string;
                /** @description Set when the user declined or the provider failed. */
                error?: string;
                /** @description The provider's explanation of `error`. */
                error_description?: string;
            };
            header?: never;
            path: {
                provider: "google" | "microsoft";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged in. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    samlSso: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "SAMLResponse": "PHNhbWxwOlJlc3BvbnNlPjwvc2FtbHA6UmVzcG9uc2U+",
                 *       "RelayState": "optional_state"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["SamlResponseForm"];
            };
        };
        responses: {
            /** @description Logged in. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    setupMfa: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "totp"
                 *     }
                 */
                "application/json": components["schemas"]["MfaSetupRequest"];
            };
        };
        responses: {
            /** @description The enrolment secrets. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "method": "totp",
                     *       "secret": "JBSWY3DPEHPK3PXP",
                     *       "qr_code": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA",
                     *       "backup_codes": [
                     *         "12345678",
                     *         "23456789",
                     *         "34567890",
                     *         "45678901",
                     *         "56789012",
                     *         "67890123",
                     *         "78901234",
                     *         "89012345"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MfaSetupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    verifyMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "123456",
                 *       "method": "totp"
                 *     }
                 */
                "application/json": components["schemas"]["MfaVerifyRequest"];
            };
        };
        responses: {
            /** @description The code was right. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaVerifyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    listMfaMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's methods. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaMethodList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    disableMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "totp",
                 *       "code": "123456"
                 *     }
                 */
                "application/json": components["schemas"]["MfaDisableRequest"];
            };
        };
        responses: {
            /** @description The method is disabled. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaMethod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description A new token pair. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessMessage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getCurrentIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationRequest"];
            };
        };
        responses: {
            /** @description The user exists and is logged in. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JSON Web Key Set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
                role?: components["schemas"]["TenantRole"];
                status?: components["schemas"]["UserStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    inviteUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "dev@enterprise-corp.com",
                 *       "role": "developer"
                 *     }
                 */
                "application/json": components["schemas"]["InviteUserRequest"];
            };
        };
        responses: {
            /** @description The invitation. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    removeUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    updateUserRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "admin"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateUserRoleRequest"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys (never their secrets). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "ci-pipeline",
                 *       "scopes": [
                 *         "tasks:read",
                 *         "tasks:write",
                 *         "projects:read"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The key, with its secret. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                key_id: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    listTenants: {
        parameters: {
            query?: {
                status?: components["schemas"]["TenantStatus"];
                plan?: components["schemas"]["PlanSlug"];
                parent_tenant_id?: string;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tenants. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "organization_name": "Enterprise Corp",
                 *       "slug": "enterprise-corp",
                 *       "admin_email": "admin@enterprise-corp.com",
                 *       "plan": "enterprise",
                 *       "data_residency": "us"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTenantRequest"];
            };
        };
        responses: {
            /** @description The tenant, and the invitation its first owner accepts to set a password. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTenant"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getCurrentTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's tenant, its quotas and current usage. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f1e2d3c-4b5a-4978-8665-544332211000",
                     *       "organization_name": "Enterprise Corp",
                     *       "slug": "enterprise-corp",
                     *       "display_name": "Enterprise Corp",
                     *       "status": "active",
                     *       "plan": "enterprise",
                     *       "data_residency": "us",
                     *       "parent_tenant_id": null,
                     *       "configuration": {},
                     *       "quotas": {
                     *         "max_users": 999999,
                     *         "max_projects": 999999,
                     *         "max_api_calls_per_month": 999999999,
                     *         "max_storage_mb": 1048576,
                     *         "max_ai_requests_per_day": 10000,
                     *         "max_concurrent_sessions": 100
                     *       },
                     *       "current_usage": {
                     *         "users_count": 45,
                     *         "projects_count": 23,
                     *         "api_calls_this_month": 85000,
                     *         "storage_used_mb": 8500,
                     *         "ai_requests_today": 750,
                     *         "concurrent_sessions": 12
                     *       },
                     *       "created_at": "2024-01-01T00:00:00Z",
                     *       "trial_ends_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["TenantInfo"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    updateCurrentTenant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "display_name": "Enterprise Corp - Updated",
                 *       "configuration": {
                 *         "branding": {
                 *           "primary_color": "#1f2937",
                 *           "logo_url": "https://cdn.enterprise-corp.com/logo.png"
                 *         },
                 *         "features": {
                 *           "advanced_ai_features": true,
                 *           "custom_workflows": true
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTenantRequest"];
            };
        };
        responses: {
            /** @description The updated tenant. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    getCurrentTenantUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage and quotas. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantUsage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    checkQuota: {
        parameters: {
            query?: {
                amount?: number;
            };
            header?: never;
            path: {
                quota_type: components["schemas"]["QuotaType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the amount is available. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "quota_type": "api_calls",
                     *       "available": true,
                     *       "current_usage": 85000,
                     *       "quota_limit": 999999999,
                     *       "requested_amount": 100,
                     *       "remaining": 999914999
                     *     }
                     */
                    "application/json": components["schemas"]["QuotaCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    getTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: components["parameters"]["TenantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    suspendTenant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                tenant_id: components["parameters"]["TenantId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Payment overdue"
                 *     }
                 */
                "application/json": components["schemas"]["SuspendTenantRequest"];
            };
        };
        responses: {
            /** @description The suspended tenant. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    reactivateTenant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                tenant_id: components["parameters"]["TenantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reactivated tenant. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every plan (a bare array, as documented). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "plan_id": "plan-uuid-enterprise",
                 *       "payment_method_id": "pm_card_visa",
                 *       "trial_period_days": 30
                 *     }
                 */
                "application/json": components["schemas"]["CreateSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The subscription. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    cancelSubscription: {
        parameters: {
            query?: {
                /** @description Cancel now instead of at the end of the period. */
                immediately?: boolean;
            };
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancellation. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Subscription will cancel at period end",
                     *       "subscription_id": "2c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f",
                     *       "cancelled_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionCancellation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    updateSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "plan_id": "plan-uuid-team",
                 *       "cancel_at_period_end": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The updated subscription. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    getUsageSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usage summary. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "subscription_id": "2c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f",
                     *       "billing_period": {
                     *         "start": "2025-01-01T00:00:00Z",
                     *         "end": "2025-01-31T23:59:59Z"
                     *       },
                     *       "usage_metrics": {
                     *         "api_calls": 85000,
                     *         "storage_gb": 8.5,
                     *         "ai_requests": 750,
                     *         "active_users": 12
                     *       },
                     *       "projected_cost": 200,
                     *       "currency": "USD"
                     *     }
                     */
                    "application/json": components["schemas"]["UsageSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    recordUsage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "metric_type": "api_calls",
                 *       "quantity": 100
                 *     }
                 */
                "application/json": components["schemas"]["RecordUsageRequest"];
            };
        };
        responses: {
            /** @description The recorded event. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    getBillingAnalytics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revenue, usage and payment health. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenant_id": "6f1e2d3c-4b5a-4978-8665-544332211000",
                     *       "monthly_recurring_revenue": 80000,
                     *       "annual_recurring_revenue": 960000,
                     *       "usage_metrics": {
                     *         "api_calls": 85000,
                     *         "storage_gb": 8,
                     *         "ai_requests": 750,
                     *         "active_users": 12
                     *       },
                     *       "usage_trends": {
                     *         "api_calls": [
                     *           75000,
                     *           82000,
                     *           85000
                     *         ],
                     *         "ai_requests": [
                     *           650,
                     *           700,
                     *           750
                     *         ]
                     *       },
                     *       "payment_health_score": 0.98,
                     *       "projected_monthly_cost": 80000,
                     *       "calculated_at": "2025-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["BillingAnalytics"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    listPaymentMethods: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payment methods. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethodList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    addPaymentMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "card",
                 *       "card_token": "tok_visa"
                 *     }
                 */
                "application/json": components["schemas"]["AddPaymentMethodRequest"];
            };
        };
        responses: {
            /** @description The payment method. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    deletePaymentMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                payment_method_id: components["parameters"]["PaymentMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    setDefaultPaymentMethod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                payment_method_id: components["parameters"]["PaymentMethodId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new default. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentMethod"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice with its lines. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    getInvoicePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invoice_id: components["parameters"]["InvoiceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
                status?: components["schemas"]["InvoiceStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invoices, newest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    receiveStripeWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @example t=1736418600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd */
                "Stripe-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StripeEvent"];
            };
        };
        responses: {
            /** @description Received (also when the event was already processed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["ServerError"];
        };
    };
    getBillingHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The billing service's status. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "healthy",
                     *       "service": "billing",
                     *       "provider": "local",
                     *       "timestamp": "2025-01-09T10:30:00Z",
                     *       "plans_available": 3
                     *     }
                     */
                    "application/json": components["schemas"]["BillingHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                status?: components["schemas"]["TaskStatus"];
                project_id?: string;
                priority?: components["schemas"]["TaskPriority"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks, newest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "project_id": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
                 *       "title": "Implement user authentication API",
                 *       "description": "Create REST endpoints for user registration, login, and password reset with JWT token support",
                 *       "priority": "high",
                 *       "estimated_complexity": "medium",
                 *       "requirements": {
                 *         "frameworks": [
                 *           "FastAPI",
                 *           "SQLAlchemy"
                 *         ],
                 *         "security_requirements": [
                 *           "JWT",
                 *           "bcrypt",
                 *           "rate_limiting"
                 *         ],
                 *         "testing_requirements": [
                 *           "unit_tests",
                 *           "integration_tests"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description The queued task. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
                     *       "status": "queued",
                     *       "project_id": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
                     *       "title": "Implement user authentication API",
                     *       "estimated_duration_minutes": 120,
                     *       "assigned_agent": "l3-agent-001",
                     *       "created_at": "2025-01-09T10:30:00Z",
                     *       "tracking_url": "https://app.leanvibe.ai/tasks/3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a"
                     *     }
                     */
                    "application/json": components["schemas"]["TaskCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    cancelTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled task. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    listTaskEvents: {
        parameters: {
            query?: {
                /** @description Only events with a larger sequence number. */
                after?: number;
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events, oldest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskEventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    getTaskArtifacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task's artifacts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskArtifacts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    subscribeTaskUpdates: {
        parameters: {
            query?: {
                /** @description Resume after this message id. */
                last_event_id?: number;
            };
            header?: never;
            path: {
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching to the WebSocket protocol; messages follow the `TaskUpdateMessage` schema. */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskUpdateMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of projects. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "E-commerce Platform",
                 *       "description": "Modern e-commerce platform with AI recommendations",
                 *       "tech_stack": [
                 *         "Python",
                 *         "FastAPI",
                 *         "React",
                 *         "PostgreSQL"
                 *       ],
                 *       "repository_url": "https://github.com/company/ecommerce-platform",
                 *       "ai_assistance_level": "full_autonomous"
                 *     }
                 */
                "application/json": components["schemas"]["CreateProjectRequest"];
            };
        };
        responses: {
            /** @description The project. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its workspace. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "ai_assistance_level": "assisted",
                 *       "auto_deployment": true,
                 *       "quality_gates": {
                 *         "require_tests": true,
                 *         "min_test_coverage": 80,
                 *         "security_scan": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProjectRequest"];
            };
        };
        responses: {
            /** @description The updated project. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    analyzeProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "analysis_type": "comprehensive",
                 *       "include_metrics": [
                 *         "complexity",
                 *         "security",
                 *         "performance",
                 *         "maintainability"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AnalyzeProjectRequest"];
            };
        };
        responses: {
            /** @description The analysis report. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalysisReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    generateCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "project_id": "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d",
                 *       "component_type": "api_endpoint",
                 *       "specification": {
                 *         "endpoint": "/api/users",
                 *         "methods": [
                 *           "GET",
                 *           "POST"
                 *         ],
                 *         "authentication": "jwt",
                 *         "validation": "pydantic",
                 *         "database": "sqlalchemy"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["GenerateCodeRequest"];
            };
        };
        responses: {
            /** @description The generated code. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "success",
                     *       "response": "from fastapi import APIRouter, Depends\nfrom sqlalchemy.orm import Session\n...",
                     *       "confidence": 0.95,
                     *       "requires_review": false,
                     *       "processing_time_ms": 340,
                     *       "model": "phi3-mini-4k-instruct"
                     *     }
                     */
                    "application/json": components["schemas"]["GenerateCodeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy or degraded. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            /** @description Unhealthy; the body still describes each service. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getAiHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The AI service's status. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "healthy",
                     *       "model": "phi3-mini-4k-instruct",
                     *       "model_loaded": true,
                     *       "inference_ready": true,
                     *       "tiny_model": false,
                     *       "confidence_score": 0.95,
                     *       "performance": {
                     *         "last_inference_time_ms": 340,
                     *         "average_tokens_per_second": 45.2,
                     *         "memory_efficiency": "good"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AiHealth"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getTenantHealth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: components["parameters"]["TenantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's status, quota pressure and recent errors. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantHealth"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://your-app.com/webhooks/leanvibe",
                 *       "events": [
                 *         "task.completed",
                 *         "invoice.paid",
                 *         "user.created",
                 *         "tenant.quota_exceeded"
                 *       ],
                 *       "secret": "your_webhook_secret_of_enough_length"
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint, with its secret. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; pending deliveries are dropped. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried request safe; see the API description. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The updated endpoint. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery attempt and what the endpoint answered. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                status?: components["schemas"]["WebhookDeliveryStatus"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                webhook_id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries, newest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: components["parameters"]["WebhookId"];
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued again. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    getRevenueAnalytics: {
        parameters: {
            query?: {
                period?: "monthly" | "quarterly" | "yearly";
                /** @description First day included (UTC). */
                start_date?: components["parameters"]["StartDate"];
                /** @description Last day included (UTC). */
                end_date?: components["parameters"]["EndDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revenue figures. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "period": "monthly",
                     *       "start_date": "2024-01-01",
                     *       "end_date": "2024-12-31",
                     *       "metrics": {
                     *         "total_revenue": 2450000,
                     *         "recurring_revenue": 2200000,
                     *         "one_time_revenue": 250000,
                     *         "revenue_growth_rate": 15.5,
                     *         "customer_acquisition_cost": 150,
                     *         "lifetime_value": 2400
                     *       },
                     *       "monthly_breakdown": [
                     *         {
                     *           "month": "2024-01",
                     *           "revenue": 185000,
                     *           "new_customers": 23,
                     *           "churned_customers": 2,
                     *           "expansion_revenue": 15000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RevenueAnalytics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getUsageAnalytics: {
        parameters: {
            query?: {
                /** @description A tenant id, or `all`. */
                tenant_id?: string;
                /** @description A number of days, such as `30d`. */
                period?: string;
                /** @description Comma-separated metrics. */
                metrics?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage figures. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageAnalytics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listAuthAuditLog: {
        parameters: {
            query?: {
                /** @description The tenant (platform administrators only; others always see their own). */
                tenant_id?: components["parameters"]["AuditTenantId"];
                /** @description An action such as `user.login` or `subscription_updated` (dots and underscores are equivalent). */
                event_type?: components["parameters"]["AuditEventType"];
                /** @description First day included (UTC). */
                start_date?: components["parameters"]["StartDate"];
                /** @description Last day included (UTC). */
                end_date?: components["parameters"]["EndDate"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries, newest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    listBillingAuditLog: {
        parameters: {
            query?: {
                /** @description The tenant (platform administrators only; others always see their own). */
                tenant_id?: components["parameters"]["AuditTenantId"];
                /** @description An action such as `user.login` or `subscription_updated` (dots and underscores are equivalent). */
                event_type?: components["parameters"]["AuditEventType"];
                /** @description First day included (UTC). */
                start_date?: components["parameters"]["StartDate"];
                /** @description Last day included (UTC). */
                end_date?: components["parameters"]["EndDate"];
                /** @description Page size. */
                limit?: components["parameters"]["Limit"];
                /** @description Items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries, newest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            451: components["responses"]["TenantSuspended"];
            500: components["responses"]["ServerError"];
        };
    };
    advanceClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "days": 30
                 *     }
                 */
                "application/json": components["schemas"]["AdvanceClockRequest"];
            };
        };
        responses: {
            /** @description The new time and what ran. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    onUserCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "user.created";
                    data?: components["schemas"]["UserEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onUserLogin: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "user.login";
                    data?: components["schemas"]["UserEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onUserLogout: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "user.logout";
                    data?: components["schemas"]["UserEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onMfaEnabled: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "mfa.enabled";
                    data?: components["schemas"]["UserEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTaskCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "task.created";
                    data?: components["schemas"]["TaskEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTaskInProgress: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "task.in_progress";
                    data?: components["schemas"]["TaskEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTaskCompleted: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "task.completed";
                    data?: components["schemas"]["TaskEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTaskFailed: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "task.failed";
                    data?: components["schemas"]["TaskEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onProjectCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "project.created";
                    data?: components["schemas"]["ProjectEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSubscriptionCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "subscription.created";
                    data?: components["schemas"]["SubscriptionEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSubscriptionUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "subscription.updated";
                    data?: components["schemas"]["SubscriptionEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSubscriptionCancelled: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "subscription.cancelled";
                    data?: components["schemas"]["SubscriptionEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onInvoicePaid: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "invoice.paid";
                    data?: components["schemas"]["InvoiceEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPaymentFailed: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "payment.failed";
                    data?: components["schemas"]["InvoiceEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTenantQuotaWarning: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "tenant.quota_warning";
                    data?: components["schemas"]["QuotaEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTenantQuotaExceeded: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "tenant.quota_exceeded";
                    data?: components["schemas"]["QuotaEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTenantSuspended: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "tenant.suspended";
                    data?: components["schemas"]["TenantEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onMaintenanceScheduled: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "maintenance.scheduled";
                    data?: components["schemas"]["MaintenanceEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookTest: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` with the endpoint's secret. */
                "X-LeanVibe-Signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"] & {
                    /** @constant */
                    event_type?: "webhook.test";
                    data?: components["schemas"]["TenantEventData"];
                };
            };
        };
        responses: {
            /** @description Any 2xx answer marks the delivery as succeeded; anything else is retried with backoff. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
