import { describe, expect, it } from 'vitest';
import { resolutionBody } from './conflicts';

describe('conflict resolutions sent to the API', () => {
  it('keeps mine as the local version, theirs as the remote one, and both with keep_both', () => {
    expect(resolutionBody('keep_mine')).toEqual({ strategy: 'user_choice', chosen_version: 'local' });
    expect(resolutionBody('keep_theirs')).toEqual({ strategy: 'user_choice', chosen_version: 'remote' });
    expect(resolutionBody('keep_both')).toEqual({ strategy: 'keep_both' });
  });
});
