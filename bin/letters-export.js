#!/usr/bin/env node
'use strict';
require('../dist/export.js');
