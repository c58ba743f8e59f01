// Trunk post-build hook: moves the inline bootstrap <script type="module"> that
// trunk writes into index.html into a file of its own, so the page runs under a
// Content-Security-Policy without 'unsafe-inline' (script-src 'self').
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run as a trunk post_build hook');
const index = path.join(dir, 'index.html');
let html = fs.readFileSync(index, 'utf8');
const re = /<script type="module">([\s\S]*?)<\/script>/;
const m = html.match(re);
if (!m) throw new Error('no inline module script found in index.html');
const body = m[1].trim() + '\n';
const name = `boot-${crypto.createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(dir, name), body);
html = html.replace(re, `<script type="module" src="./${name}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');
fs.writeFileSync(index, html);
