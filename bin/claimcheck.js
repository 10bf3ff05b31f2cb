#!/usr/bin/env node
import { launch } from '../dist/cli/launch.js';

launch(process.argv.slice(2));
