export * from "./value.js";
export * from "./read.js";
export * from "./edit.js";
export { valueOf, restyle } from "./build.js";
export { keyCandidates, type KeyStyle } from "./key-style.js";
export { splitPlaceholders, hasPlaceholder, isOnlyPlaceholders, withHoles, hasHole, restoreHoles, literalPrefix, literalCharacters, type StringPart } from "./placeholders.js";
export { embeddedJson, isEmbedded, type EmbeddedJson } from "./embedded.js";
