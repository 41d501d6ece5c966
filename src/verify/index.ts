/** The review queue: proposals with suggested matches, and the decisions that turn them into records. */
export * from "../contract/review.js";
export { listProposals, getProposal, insertProposals, UNRATED_CONFIDENCE, type ProposalDraft, type ProposalDetail } from "./proposals.js";
export { acceptProposal, rejectProposal, metricOf } from "./decide.js";
export { suggestFor } from "./suggest.js";
