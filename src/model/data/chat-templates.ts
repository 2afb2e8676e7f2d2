/**
 * Message templates for the chatbot example, per intent and language. `{slot}` marks a slot
 * filled from CHAT_SLOTS. Each intent has eight templates per language; the last two of every
 * four (indices 3 and 7) are held out of training, so the evaluation measures how the model copes
 * with phrasings it never saw, not how well it memorised the templates.
 *
 * The intents are those a hotel chatbot meets first: book, cancel, opening hours, prices,
 * complaints, greetings. Some templates share words across intents on purpose ("reserva" appears
 * when booking and when cancelling, prices and hours both name services).
 */

export const INTENTS = ['booking', 'cancel', 'hours', 'price', 'complaint', 'greeting'] as const;
export type Intent = (typeof INTENTS)[number];

export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CHAT_TEMPLATES: Record<Intent, Record<Language, readonly string[]>> = {
  booking: {
    es: [
      'quiero reservar una {room} para {date}',
      'me gustaría hacer una reserva de {nights} para {people}',
      '¿tenéis disponibilidad {date}? somos {people}',
      'necesito una {room} {date}, ¿se puede reservar?',
      'reservar {nights} en {room}',
      'quisiera reservar habitación para {people} {date}',
      'busco alojamiento {date}, {nights}',
      '¿puedo reservar una {room} por {nights}?',
    ],
    en: [
      'i want to book a {room} for {date}',
      "i'd like to make a reservation for {nights} for {people}",
      'do you have availability {date}? we are {people}',
      'i need a {room} {date}, can i book it?',
      'book {nights} in a {room}',
      'i would like to reserve a room for {people} {date}',
      'looking for a place to stay {date}, {nights}',
      'can i book a {room} for {nights}?',
    ],
  },
  cancel: {
    es: [
      'quiero cancelar mi reserva {ref}',
      'necesito anular la reserva de {date}',
      'cancela la reserva {ref} por favor',
      'ya no podemos ir {date}, ¿cómo cancelo?',
      '¿puedo cancelar sin gastos la reserva {ref}?',
      'anular reserva {ref}',
      'me gustaría cancelar la habitación que reservé para {date}',
      'no vamos a ir, quiero dar de baja la reserva',
    ],
    en: [
      'i want to cancel my booking {ref}',
      'i need to cancel the reservation for {date}',
      'please cancel reservation {ref}',
      "we can't make it {date}, how do i cancel?",
      'can i cancel booking {ref} free of charge?',
      'cancel booking {ref}',
      "i'd like to cancel the room i booked for {date}",
      "we're not coming anymore, please call off the booking",
    ],
  },
  hours: {
    es: [
      '¿a qué hora abre {service}?',
      '¿cuál es el horario de {service}?',
      '¿hasta qué hora está abierto {service}?',
      '¿{service} abre los domingos?',
      'horario de {service}',
      '¿a qué hora cierra {service}?',
      '¿cuándo se puede usar {service}?',
      '¿está abierto {service} ahora?',
    ],
    en: [
      'what time does {service} open?',
      'what are the opening hours of {service}?',
      'until what time is {service} open?',
      'is {service} open on sundays?',
      '{service} opening times',
      'what time does {service} close?',
      'when can we use {service}?',
      'is {service} open right now?',
    ],
  },
  price: {
    es: [
      '¿cuánto cuesta una {room} {date}?',
      '¿qué precio tiene {service}?',
      'precio de {nights} en {room}',
      '¿cuánto sale {service} para {people}?',
      '¿me podéis decir la tarifa de la {room}?',
      '¿cuánto cobráis por {nights}?',
      '¿está incluido {service} en el precio?',
      'quiero saber cuánto vale la {room} {date}',
    ],
    en: [
      'how much is a {room} {date}?',
      'what is the price of {service}?',
      'price for {nights} in a {room}',
      'how much does {service} cost for {people}?',
      'can you tell me the rate for the {room}?',
      'how much do you charge for {nights}?',
      'is {service} included in the price?',
      'i want to know what the {room} costs {date}',
    ],
  },
  complaint: {
    es: [
      '{problem}, quiero poner una queja',
      'estoy muy molesto, {problem}',
      'es inaceptable: {problem}',
      '{problem} y nadie lo soluciona',
      'quiero hablar con el responsable, {problem}',
      'tengo una reclamación: {problem}',
      'vaya desastre, {problem}',
      'no estoy nada contento con {service}, {problem}',
    ],
    en: [
      '{problem}, i want to file a complaint',
      "i'm really upset, {problem}",
      'this is unacceptable: {problem}',
      '{problem} and nobody fixes it',
      'i want to speak to the manager, {problem}',
      'i have a complaint: {problem}',
      'what a mess, {problem}',
      "i'm not happy at all with {service}, {problem}",
    ],
  },
  greeting: {
    es: [
      'hola',
      'buenos días',
      'buenas tardes',
      'hola, ¿hay alguien?',
      'hola, ¿qué tal?',
      'buenas noches',
      'hey, hola',
      'saludos',
    ],
    en: [
      'hello',
      'good morning',
      'good afternoon',
      'hi, is anyone there?',
      'hi, how are you?',
      'good evening',
      'hey there',
      'greetings',
    ],
  },
};

/** Slot fillers per language. */
export const CHAT_SLOTS: Record<string, Record<Language, readonly string[]>> = {
  room: {
    es: [
      'habitación doble',
      'habitación individual',
      'suite',
      'habitación familiar',
      'habitación con vistas al mar',
    ],
    en: ['double room', 'single room', 'suite', 'family room', 'sea view room'],
  },
  date: {
    es: [
      'mañana',
      'el viernes',
      'el 12 de agosto',
      'este fin de semana',
      'la semana que viene',
      'el próximo lunes',
      'en navidad',
      'del 3 al 7 de mayo',
    ],
    en: [
      'tomorrow',
      'on friday',
      'on august 12',
      'this weekend',
      'next week',
      'next monday',
      'for christmas',
      'from may 3 to 7',
    ],
  },
  nights: {
    es: ['una noche', 'dos noches', '3 noches', 'una semana', 'cinco noches'],
    en: ['one night', 'two nights', '3 nights', 'a week', 'five nights'],
  },
  people: {
    es: ['dos personas', '2 adultos y un niño', 'cuatro personas', 'una pareja', '3 adultos'],
    en: ['two people', '2 adults and a child', 'four people', 'a couple', '3 adults'],
  },
  service: {
    es: ['el spa', 'la piscina', 'el restaurante', 'el gimnasio', 'la recepción', 'el desayuno'],
    en: ['the spa', 'the pool', 'the restaurant', 'the gym', 'reception', 'breakfast'],
  },
  problem: {
    es: [
      'el aire acondicionado no funciona',
      'la habitación estaba sucia',
      'hay muchísimo ruido',
      'el wifi no va',
      'nadie me atendió en recepción',
      'me cobraron de más',
    ],
    en: [
      'the air conditioning does not work',
      'the room was dirty',
      'it is extremely noisy',
      'the wifi is not working',
      'nobody helped me at reception',
      'i was overcharged',
    ],
  },
};

/** Templates with these indices are kept for evaluation only (unseen phrasings). */
export function isHeldOutTemplate(index: number): boolean {
  return index % 4 === 3;
}
