import { isKafkaJsError } from './kafka-rejections';

describe('isKafkaJsError', () => {
  it('recognises kafkajs errors by name only', () => {
    const k = new Error('Connection error: connect ECONNREFUSED');
    k.name = 'KafkaJSNonRetriableError';
    expect(isKafkaJsError(k)).toBe(true);
    expect(isKafkaJsError(new Error('KafkaJS in the message only'))).toBe(false);
    expect(isKafkaJsError({ name: 'KafkaJSError' })).toBe(false);
    expect(isKafkaJsError(undefined)).toBe(false);
  });
});
