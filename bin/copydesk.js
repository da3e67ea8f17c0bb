#!/usr/bin/env node
import '../dist/copydesk.js';
