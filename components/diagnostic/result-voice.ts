/**
 * Who is reading a result: the person who took the diagnostic ("you"), or the team of the
 * organization it was taken for, reading a taker's answers.
 */
export type ResultVoice = "taker" | "team";
