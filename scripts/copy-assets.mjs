// Copies only the DSFR files the pages use into wwwroot/lib (dist/ is 88 MB; we ship ~3 MB).
import { cpSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dist = 'node_modules/@gouvfr/dsfr/dist';
const out = 'src/Conseil.Web/wwwroot/lib/dsfr';
const iconFamilies = ['system', 'user', 'business', 'document', 'buildings', 'map', 'arrows', 'communication', 'design', 'development', 'editor'];
// SVGs that dsfr.min.css itself points at (links, breadcrumb, buttons), beyond the utility classes above.
const cssIconFolders = ['arrows', 'editor', 'logo', 'media', 'weather'];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const file of ['dsfr.min.css', 'dsfr.module.min.js', 'dsfr.nomodule.min.js']) {
  cpSync(join(dist, file), join(out, file));
}
cpSync(join(dist, 'fonts'), join(out, 'fonts'), { recursive: true });
cpSync(join(dist, 'favicon'), join(out, 'favicon'), { recursive: true });
// Browsers ask for /favicon.ico whatever the page links to.
cpSync(join(dist, 'favicon', 'favicon.ico'), 'src/Conseil.Web/wwwroot/favicon.ico');
for (const family of iconFamilies) {
  const css = join(dist, 'utility/icons', `icons-${family}`, `icons-${family}.min.css`);
  if (!existsSync(css)) continue;
  cpSync(css, join(out, 'utility/icons', `icons-${family}`, `icons-${family}.min.css`));
  cpSync(join(dist, 'icons', family), join(out, 'icons', family), { recursive: true });
}
for (const folder of cssIconFolders) {
  cpSync(join(dist, 'icons', folder), join(out, 'icons', folder), { recursive: true });
}
writeFileSync('src/Conseil.Web/wwwroot/lib/.stamp', new Date().toISOString());
console.log(`DSFR assets copied to ${out}`);
