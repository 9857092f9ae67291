/** Where readers report an error: $ERROR_REPORT_URL (a mailto: or https: address), set per deployment. */
export const ERROR_REPORT_URL = process.env.ERROR_REPORT_URL || 'mailto:corrections@example.org';
