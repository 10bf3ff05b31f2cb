import { afterAll } from 'vitest';
import { removeTempDirs } from './cli.js';

// Runs in every test file's module graph, so it empties the same list tempDir() fills.
afterAll(removeTempDirs);
