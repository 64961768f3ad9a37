// @ts-nocheck
export const TEMPLATE_VERSION = "";
export const TEMPLATES = {};
