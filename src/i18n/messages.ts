import type { Locale } from './locales.ts';

/** The three ways of serving a model that the course compares, in the order the slide deck presents them. */
export const deploymentModes = ['batch', 'online', 'streaming'] as const;

export type DeploymentMode = (typeof deploymentModes)[number];

interface ModeText {
  name: string;
  summary: string;
}

/**
 * Every string the interface shows. Both languages are typed against this one shape, so a key missing
 * from, or extra in, either language is a compile error.
 */
export interface Messages {
  documentTitle: string;
  documentDescription: string;
  skipToContent: string;
  courseTitle: string;
  courseTagline: string;
  languageSwitchLabel: string;
  introHeading: string;
  introLead: string;
  modes: Record<DeploymentMode, ModeText>;
  introClosing: string;
  footerNote: string;
}

const es: Messages = {
  documentTitle: 'Tipos de despliegue',
  documentDescription:
    'Acompañante del curso «Tipos de despliegue»: despliegue de modelos por lotes, en línea y en streaming, simulado en el navegador.',
  skipToContent: 'Saltar al contenido principal',
  courseTitle: 'Tipos de despliegue',
  courseTagline: 'Cómo y con qué frecuencia un modelo de machine learning genera predicciones',
  languageSwitchLabel: 'Idioma',
  introHeading: 'Qué cubre el curso',
  introLead:
    'El tipo de despliegue es una decisión que conviene tener en mente desde el inicio del proyecto: define la forma y la frecuencia con la que el modelo genera sus predicciones.',
  modes: {
    batch: {
      name: 'Por lotes (batch)',
      summary:
        'Trabajos programados procesan bloques de datos a intervalos fijos y guardan las predicciones para consultarlas después.',
    },
    online: {
      name: 'En línea (tiempo real)',
      summary: 'Un servidor responde a cada petición en cuanto llega, una observación a la vez.',
    },
    streaming: {
      name: 'Streaming',
      summary:
        'Procesamiento continuo de un flujo de eventos: más rápido que por lotes, pero no instantáneo.',
    },
  },
  introClosing:
    'El curso compara las ventajas, las desventajas y ejemplos de cada tipo, y cómo elegir entre ellos según el problema que se quiere resolver.',
  footerNote:
    'Acompañante de la presentación «Tipos de despliegue». Todo se ejecuta en tu navegador.',
};

const en: Messages = {
  documentTitle: 'Deployment types',
  documentDescription:
    'Companion to the course "Deployment types": batch, online and streaming model serving, simulated in the browser.',
  skipToContent: 'Skip to main content',
  courseTitle: 'Deployment types',
  courseTagline: 'How, and how often, a machine learning model produces predictions',
  languageSwitchLabel: 'Language',
  introHeading: 'What the course covers',
  introLead:
    'The deployment type is a decision to keep in mind from the start of a project: it sets how, and how often, the model produces its predictions.',
  modes: {
    batch: {
      name: 'Batch',
      summary:
        'Scheduled jobs score blocks of data at set intervals and store the predictions to be looked up later.',
    },
    online: {
      name: 'Online (real time)',
      summary: 'A server answers each request as soon as it arrives, one observation at a time.',
    },
    streaming: {
      name: 'Streaming',
      summary: 'Continuous processing of a stream of events: faster than batch, but not instant.',
    },
  },
  introClosing:
    'The course compares the advantages, drawbacks and examples of each type, and how to choose between them according to the problem to be solved.',
  footerNote: 'Companion to the "Deployment types" slide deck. Everything runs in your browser.',
};

export const messages: Record<Locale, Messages> = { es, en };
