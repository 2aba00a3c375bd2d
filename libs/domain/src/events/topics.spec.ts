import { COMMANDS, EVENT_TOPICS, SERVICES, allCommandPatterns, deadLetterTopic, replyTopic } from './topics';

describe('topic registry', () => {
  it('has one versioned events topic per producing service', () => {
    expect(SERVICES.map((s) => EVENT_TOPICS[s])).toEqual([
      'ndip.attraction.events.v1',
      'ndip.implementation.events.v1',
      'ndip.post-investment.events.v1',
      'ndip.reporting.events.v1',
      'ndip.identity.events.v1',
    ]);
  });

  it('derives dead-letter and reply topics', () => {
    expect(deadLetterTopic('ndip.attraction.events.v1')).toBe('ndip.attraction.events.v1.dlq');
    expect(replyTopic(COMMANDS.attraction.createCompany)).toBe('ndip.attraction.cmd.create-company.reply');
  });

  it('lists every command pattern once, each under its owning service', () => {
    const all = allCommandPatterns();
    expect(new Set(all).size).toBe(all.length);
    for (const [service, commands] of Object.entries(COMMANDS)) {
      for (const p of Object.values(commands)) expect(p.startsWith(`ndip.${service}.cmd.`)).toBe(true);
    }
    expect(all).toContain(COMMANDS.implementation.taskTransition);
  });
});
