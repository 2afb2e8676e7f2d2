/**
 * The slide deck "Tipos de despliegue", numbered: one entry per slide of the seed text
 * (`seeds/tipos-de-despliegue.txt`, slides separated by three empty lines), in the deck's order,
 * with its title and points as plain text (the deck's bullets and bold marks removed).
 *
 * Every lesson slide names the deck slide(s) it covers (`<!-- deck: 5 -->`), and the course is
 * checked to cover these numbers, all of them, in this order.
 */
export interface DeckSlide {
  /** 1-based position in the deck. */
  number: number;
  title: string;
  points: readonly string[];
  /** The deck repeats this slide's points by mistake: the number of the slide it copies. */
  duplicates?: number;
}

export const DECK_SLIDES: readonly DeckSlide[] = [
  { number: 1, title: 'Tipos de despliegue', points: [] },
  {
    number: 2,
    title: 'Tipos de despliegue',
    points: [
      'Es una consideración que debes tener en mente desde el inicio del proyecto',
      'Se refieren a la forma y frecuencia con la que los modelos de machine learning van a generar predicciones',
    ],
  },
  {
    number: 3,
    title: 'Batch',
    points: [
      'Los modelos procesan datos en bloques a intervalos pre-determinados',
      'Las predicciones no son generadas inmediatamente',
      'Las predicciones son almacenadas para después ser consultadas',
    ],
  },
  {
    number: 4,
    title: 'Ventajas de Batch',
    points: [
      'No hay muchas restricciones en el modelo: puedes usar modelos más complejos optimizados para mejores resultados',
    ],
  },
  {
    number: 5,
    title: 'Ventajas de Batch',
    points: ['Mejor uso de recursos: se aprovecha el máximo los recursos computacionales'],
  },
  {
    number: 6,
    title: 'Ventajas de Batch',
    points: ['Facilidad de implementación: el procesamiento en modo batch es una práctica común'],
  },
  {
    number: 7,
    title: 'Ventajas de Batch',
    points: [
      'Rapidez al obtener las predicciones: se deben consultar de una BD, más rápido que esperar a un modelo',
    ],
  },
  {
    number: 8,
    title: 'Desventajas de Batch',
    points: [
      'Lentitud al generar predicciones: no es en tiempo real, está sujeto a una agenda de ejecución',
    ],
  },
  {
    number: 9,
    title: 'Desventajas de Batch',
    points: [
      'Consumo excesivo de recursos: nos podemos dejar llevar y crear trabajos que consuman más tiempo del deseado.',
    ],
  },
  {
    number: 10,
    title: 'Despliegue en Batch',
    points: [
      'Extremadamente útil cuando el caso de uso se presta a esta solución',
      'Ten en cuenta las necesidades de tu cliente',
      '¡Evita crear trabajos que se traslapen entre ellos!',
    ],
  },
  {
    number: 11,
    title: 'Ejemplos de Batch',
    points: ['Predecir una vez al día qué contenido va a ser el más visto en cada región'],
  },
  {
    number: 12,
    title: 'Ejemplos de Batch',
    points: [
      'Obtener las probabilidades de que un cliente cancele una reservación para llamarle y confirmar',
    ],
  },
  {
    number: 13,
    title: 'Batch',
    points: [
      'Batch es conveniente y bien conocido',
      'Los modelos antes eran más pesados y tardaban más tiempo',
      'pero...',
    ],
  },
  {
    number: 14,
    title: 'Online o en tiempo real',
    points: [
      'Los modelos procesan observaciones en cuanto estas llegan al servidor',
      'Actúa sobre una sola observación a la vez',
      'Se puede integrar con sistemas interactivos',
    ],
  },
  {
    number: 15,
    title: 'Ventajas de online',
    points: [
      'Velocidad y baja latencia: se ofrecen respuestas casi instantáneas, el modelo está optimizado para este caso de uso',
    ],
  },
  {
    number: 16,
    title: 'Ventajas de online',
    points: [
      'Actualización rápida de modelos: permite intercambiar modelos rápidamente y de manera silenciosa',
    ],
  },
  {
    number: 17,
    title: 'Ventajas de online',
    points: [
      'Mayor capacidad de escalamiento: permite escalar de forma rápida en caso de que se requiera mayor volumen de inferencia',
    ],
  },
  {
    number: 18,
    title: 'Desventajas de online',
    points: [
      'Restricciones en el modelo: suelen ser de una complejidad menor y capacidad marginalmente reducida',
    ],
  },
  {
    number: 19,
    title: 'Desventajas de online',
    points: [
      'Dependencia de factores externos: la velocidad (y utilidad del modelo) depende de otros aspectos, como la red',
    ],
  },
  {
    number: 20,
    title: 'Desventajas de online',
    points: [
      'Complejidad de despliegue: requiere de muchos más componentes que ayudan a que el modelo funcione tan rápido como se espera',
    ],
  },
  {
    number: 21,
    title: 'Desventajas de online',
    points: [
      'Costo de la infraestructura: dependiendo de la complejidad del despliegue, el costo es otro aspecto a considerar',
    ],
  },
  {
    number: 22,
    title: 'Online o en tiempo real',
    points: [
      'Es comprensible querer que todo funcione on-line',
      'Aún así es crucial identificar la necesidad real de nuestros clientes',
    ],
  },
  {
    number: 23,
    title: 'Ejemplos Online',
    points: ['Un chatbot que esté disponible 24/7 para los usuarios'],
  },
  {
    number: 24,
    title: 'Ejemplos Online',
    points: ['Un sistema de recomendación de actividades para huéspedes de un hotel'],
  },
  {
    number: 25,
    title: 'Streaming',
    points: [
      'Se ubica entre el modo batch y online',
      'Los datos son procesados tan pronto como sea posible pero no en tiempo real',
      'Opera constantemente sobre un flujo de datos',
    ],
  },
  {
    number: 26,
    title: 'Streaming',
    points: [
      'Se usa cuando no se espera una respuesta inmediata pero tampoco se desea esperar a un intervalo fijo',
      'Cuando la latencia es importante pero no crítica',
    ],
  },
  {
    number: 27,
    title: 'Ventajas Streaming',
    points: [
      'Latencia reducida: más rápido que batch',
      'Mayor flexibilidad al crear un modelo: no existen tantas restricciones al crear un modelo',
    ],
  },
  {
    number: 28,
    title: 'Desventajas Streaming',
    points: [
      'Mayor complejidad de implementación: en un sistema en streaming hay otras piezas que hay que considerar',
      'Complejidad al escalar: requiere de más configuración debido a la necesidad de manejar flujos de datos',
    ],
  },
  {
    number: 29,
    title: 'Ejemplos Streaming',
    points: [
      'Mayor complejidad de implementación: en un sistema en streaming hay otras piezas que hay que considerar',
      'Complejidad al escalar: requiere de más configuración debido a la necesidad de manejar flujos de datos',
    ],
    duplicates: 28,
  },
  {
    number: 30,
    title: 'Ejemplos Streaming',
    points: [
      'Un modelo que detecta fraudes financieros: es importante que sucedan rápido, pero no en tiempo real',
    ],
  },
  {
    number: 31,
    title: 'Ejemplos Streaming',
    points: [
      'Un modelo que calcula la probabilidad de convertir un cliente si se le llama después de que abandonó el formulario',
    ],
  },
  {
    number: 32,
    title: 'Tipos de despliegue',
    points: [
      'Batch, streaming, online',
      'Es importante tener en consideración el problema que vamos a resolver antes de tomar una decisión de qué tipo vamos a utilizar',
    ],
  },
];
