import { generateHotelBookings } from '../../model/data/hotel-bookings.ts';
import { generateCardTransactions } from '../../model/data/card-transactions.ts';
import { generateChatMessages } from '../../model/data/chat-messages.ts';
import { generateContentPanel } from '../../model/data/content-views.ts';
import { contentWindows } from '../../model/data/content-windows.ts';
import { generateFormSessions } from '../../model/data/form-sessions.ts';
import { generateGuestProfiles } from '../../model/data/guest-profiles.ts';
import { encodeHotelBooking } from '../../model/features/hotel-cancellations.ts';
import { encodeCardTransaction } from '../../model/features/fraud-detection.ts';
import { encodeChatMessage } from '../../model/features/chatbot.ts';
import {
  decodeContentForecast,
  encodeContentWindow,
} from '../../model/features/content-popularity.ts';
import { encodeFormSession } from '../../model/features/form-abandonment.ts';
import { encodeGuestProfile } from '../../model/features/hotel-activities.ts';
import type { ManifestEntry } from './manifest.ts';

/**
 * One real input for a model: a freshly generated row of its example's data, encoded exactly as
 * in training. `draw` varies the row from one try to the next (it seeds the generator).
 */
export interface ExampleInput {
  inputs: Float32Array;
  rows: 1;
  /** What was asked, when it reads as text (the chatbot's message). */
  asked: string | null;
  /** Turns the model's raw output into the quantity shown (the content forecast's views). */
  decode: (output: number) => number;
}

const identity = (x: number) => x;

export function exampleInput(entry: ManifestEntry, draw: number): ExampleInput {
  const seed = 10_000 + draw;
  const one = (
    inputs: Float32Array,
    asked: string | null = null,
    decode = identity,
  ): ExampleInput => ({
    inputs,
    rows: 1,
    asked,
    decode,
  });
  switch (entry.example) {
    case 'hotel-cancellations':
      return one(encodeHotelBooking(generateHotelBookings(1, seed)[0]));
    case 'fraud-detection':
      return one(encodeCardTransaction(generateCardTransactions(1, seed)[0]));
    case 'form-abandonment':
      return one(encodeFormSession(generateFormSessions(1, seed)[0]));
    case 'hotel-activities':
      return one(encodeGuestProfile(generateGuestProfiles(1, seed)[0]));
    case 'chatbot': {
      const message = generateChatMessages(1, seed)[0];
      return one(encodeChatMessage(message), message.text);
    }
    case 'content-popularity': {
      // A small panel: a few items over three weeks gives full 14-day history windows.
      const windows = contentWindows(generateContentPanel(4, 21, seed));
      const window = windows[draw % windows.length];
      return one(encodeContentWindow(window), null, (output) =>
        decodeContentForecast(window, output),
      );
    }
    default:
      throw new RangeError(`no example data for ${entry.example}`);
  }
}
