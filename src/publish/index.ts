export { present } from "./presenters.js";
