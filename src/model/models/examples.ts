import type { PresetName } from '../case-names.ts';
import { generateCardTransactions } from '../data/card-transactions.ts';
import { generateChatMessages } from '../data/chat-messages.ts';
import { INTENTS } from '../data/chat-templates.ts';
import { generateContentPanel } from '../data/content-views.ts';
import { contentWindows } from '../data/content-windows.ts';
import { generateFormSessions } from '../data/form-sessions.ts';
import { ACTIVITIES, generateGuestProfiles } from '../data/guest-profiles.ts';
import { generateHotelBookings } from '../data/hotel-bookings.ts';
import { scoreActivities } from '../eval/score-activities.ts';
import { scoreBinary } from '../eval/score-binary.ts';
import { scoreChatbot } from '../eval/score-chatbot.ts';
import { scoreContent } from '../eval/score-content.ts';
import { scoreFraud } from '../eval/score-fraud.ts';
import { CHAT_FEATURE_NAMES, chatIntentLabel, encodeChatMessage } from '../features/chatbot.ts';
import {
  CONTENT_FEATURE_NAMES,
  contentTarget,
  encodeContentWindow,
} from '../features/content-popularity.ts';
import {
  encodeFormSession,
  FORM_FEATURE_NAMES,
  formConversionLabel,
} from '../features/form-abandonment.ts';
import {
  encodeCardTransaction,
  FRAUD_FEATURE_NAMES,
  fraudLabel,
} from '../features/fraud-detection.ts';
import {
  ACTIVITY_FEATURE_NAMES,
  activityLabel,
  encodeGuestProfile,
} from '../features/hotel-activities.ts';
import {
  encodeHotelBooking,
  HOTEL_FEATURE_NAMES,
  hotelCancellationLabel,
} from '../features/hotel-cancellations.ts';
import { defineExample, type Example } from './example.ts';

/**
 * The six examples as learning problems. Row counts keep `npm run train` within a few minutes on
 * two CPU cores; held-out sets are large enough that the figures are stable to about the second
 * decimal (fraud needs 250,000 transactions to hold some 430 frauds).
 */
export const EXAMPLES: Readonly<Record<PresetName, Example>> = {
  'hotel-cancellations': defineExample({
    example: 'hotel-cancellations',
    task: 'binary',
    labels: null,
    featureNames: HOTEL_FEATURE_NAMES,
    encoder: 'encodeHotelBooking (src/model/features/hotel-cancellations.ts)',
    output: 'probability that the booking is canceled',
    encode: encodeHotelBooking,
    target: hotelCancellationLabel,
    trainRows: (seed) => generateHotelBookings(40_000, seed),
    evalRows: (seed) => generateHotelBookings(30_000, seed),
    sampleRows: (seed) => generateHotelBookings(2_000, seed),
    score: (outputs, _rows, data) => scoreBinary(outputs, data.y),
  }),
  'fraud-detection': defineExample({
    example: 'fraud-detection',
    task: 'binary',
    labels: null,
    featureNames: FRAUD_FEATURE_NAMES,
    encoder: 'encodeCardTransaction (src/model/features/fraud-detection.ts)',
    output: 'probability that the transaction is fraudulent (base rate restored after sampling)',
    encode: encodeCardTransaction,
    target: fraudLabel,
    trainRows: (seed) => generateCardTransactions(600_000, seed),
    // 600,000 transactions hold about 1,000 frauds; keeping 1 legitimate row in 20 gives the
    // network a 1:30 ratio to learn from and a training set of some 31,000 rows.
    negativeKeepRate: 0.05,
    evalRows: (seed) => generateCardTransactions(250_000, seed),
    sampleRows: (seed) => generateCardTransactions(2_000, seed),
    score: (outputs, _rows, data) => scoreFraud(outputs, data.y),
  }),
  'form-abandonment': defineExample({
    example: 'form-abandonment',
    task: 'binary',
    labels: null,
    featureNames: FORM_FEATURE_NAMES,
    encoder: 'encodeFormSession (src/model/features/form-abandonment.ts)',
    output: 'probability that a call converts the visitor',
    encode: encodeFormSession,
    target: formConversionLabel,
    trainRows: (seed) => generateFormSessions(30_000, seed),
    evalRows: (seed) => generateFormSessions(20_000, seed),
    sampleRows: (seed) => generateFormSessions(2_000, seed),
    score: (outputs, _rows, data) => scoreBinary(outputs, data.y),
  }),
  'hotel-activities': defineExample({
    example: 'hotel-activities',
    task: 'multiclass',
    labels: ACTIVITIES,
    featureNames: ACTIVITY_FEATURE_NAMES,
    encoder: 'encodeGuestProfile (src/model/features/hotel-activities.ts)',
    output: 'probability of each activity in `labels` order; recommend the highest three',
    encode: encodeGuestProfile,
    target: activityLabel,
    trainRows: (seed) => generateGuestProfiles(25_000, seed),
    evalRows: (seed) => generateGuestProfiles(20_000, seed),
    sampleRows: (seed) => generateGuestProfiles(2_000, seed),
    score: (outputs, rows) => scoreActivities(outputs, rows.map(activityLabel), ACTIVITIES.length),
  }),
  chatbot: defineExample({
    example: 'chatbot',
    task: 'multiclass',
    labels: INTENTS,
    featureNames: CHAT_FEATURE_NAMES,
    encoder: 'encodeChatText (src/model/features/chatbot.ts)',
    output: 'probability of each intent in `labels` order',
    encode: encodeChatMessage,
    target: chatIntentLabel,
    trainRows: (seed) => generateChatMessages(8_000, seed, 'train'),
    evalRows: (seed) => [
      ...generateChatMessages(4_000, seed, 'heldout'),
      ...generateChatMessages(2_000, seed, 'train'),
    ],
    sampleRows: (seed) => generateChatMessages(2_000, seed),
    score: (outputs, rows) =>
      scoreChatbot(outputs, rows, rows.map(chatIntentLabel), INTENTS.length),
  }),
  'content-popularity': defineExample({
    example: 'content-popularity',
    task: 'regression',
    labels: null,
    featureNames: CONTENT_FEATURE_NAMES,
    encoder: 'encodeContentWindow (src/model/features/content-popularity.ts)',
    output:
      'log(1 + views tomorrow) minus the mean of log(1 + views) over the last 7 days; ' +
      'decodeContentForecast turns it into views',
    encode: encodeContentWindow,
    target: contentTarget,
    // 150 items x 5 regions x 70 forecast days; held out: other items, other days.
    trainRows: (seed) => contentWindows(generateContentPanel(150, 84, seed)),
    evalRows: (seed) => contentWindows(generateContentPanel(120, 56, seed)),
    sampleRows: (seed) => contentWindows(generateContentPanel(20, 28, seed)),
    score: (outputs, rows) => scoreContent(outputs, rows),
  }),
};
