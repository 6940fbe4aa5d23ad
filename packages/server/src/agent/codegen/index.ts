export {
  type GenerateCodeOptions,
  type GenerateCodeRequest,
  type GenerateCodeResponse,
  generateCode,
  REVIEW_THRESHOLD,
} from "./generate.js";
export { type CodeLanguage, checkCode, extractCode, normaliseLanguage } from "./usable.js";
