/** Where the build writes the whole scorecard as CSV: the download link's target without JavaScript. */
export const SCORECARD_CSV_FILE = 'data/scorecard.csv'
