/** Where the user's language choice is remembered (localStorage); index.html's shell script reads it too. */
export const LANGUAGE_KEY = 'xinfang.lang';
