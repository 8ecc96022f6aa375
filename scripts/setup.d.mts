export const NPM_INSTALL_ARGS: string[];
