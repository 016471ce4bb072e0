import type { Messages } from './zh-CN';
import type { trackZhCN } from './track.zh-CN';

/** The petitioner's tracking page (/track) and the query-code receipt, in English. */
export const trackEn: Messages<typeof trackZhCN> = {
  track: {
    title: 'Track your petition',
    intro: 'Enter the query code you were given at registration (16 characters, e.g. 7KQ9-M2XD-PW4H-C8RT).',
    codeLabel: 'Query code',
    codePlaceholder: 'XXXX-XXXX-XXXX-XXXX',
    codeRequired: 'Enter the query code',
    submit: 'Look up',
    again: 'Look up another code',
    notFound: 'No case matches this query code. Check the code; if it is lost, ask the petition office for a new one.',
    tooMany: 'Too many look-ups; please try again later.',
    privacy: 'This page shows progress only, never personal details. Keep the code to yourself.',
    stage: 'Current stage',
    stages: { accepting: 'Acceptance', handling: 'Handling', resolved: 'Resolved', review: 'Review' },
    township: 'Receiving office',
    category: 'Category',
    units: 'Handling units',
    registeredOn: 'Registered',
    acceptanceDeadline: 'Acceptance due',
    acceptedOn: 'Accepted',
    resolutionDeadline: 'Resolution due',
    resolvedOn: 'Resolved',
    reviewOn: 'Review started',
    reviewDeadline: 'Review due',
    reply: 'Reply',
    noReply: 'Please refer to the written reply.',
    rateTitle: 'Rate this reply',
    rateHint: 'Each reply can be rated once.',
    comment: 'Comment (optional)',
    rateSubmit: 'Submit rating',
    rated: 'Your rating: {{label}} ({{on}})',
    thanks: 'Thank you for your rating.',
    satisfaction: { satisfied: 'Satisfied', basically_satisfied: 'Mostly satisfied', unsatisfied: 'Unsatisfied' },
    reviewTitle: 'How to request a {{kind}}',
    reviewBy: 'Submit it by {{by}}.',
    reviewKinds: { review: 'review', re_review: 're-review' },
    reviewHow: {
      review:
        'If you disagree with the reply, you may request a review in writing from the body above the handling office within 30 days of receiving the written reply. Bring this query code and the written reply.',
      re_review:
        'If you disagree with the review, you may request a re-review in writing from the body above the reviewing office within 30 days of receiving it. Bring this query code and the written review.',
    },
  },
  queryCode: {
    title: 'Petition tracking receipt',
    reissue: 'Revoke and issue a new query code',
    reissueConfirm: 'The old code stops working at once and the petitioner must use the new one. Issue a new code?',
    shownOnce: 'The query code is shown only this once: print the receipt for the petitioner.',
    code: 'Query code',
    howTo: 'Scan the QR code, or open {{url}} and enter the query code, to follow progress and rate the reply.',
    issuedAt: 'Issued: {{at}}',
    keepSafe:
      'Keep this receipt. The code only looks up this case; if lost, the petition office can issue a new one (the old one stops working).',
    print: 'Print receipt',
    none: 'A query code is shown only once, at registration or when reissued. To give the petitioner a new code, issue one (the old one stops working).',
  },
};
