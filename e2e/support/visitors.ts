/** What the browser specs type as visitors beside the demo registry's NIKs (checked by privacy.spec.ts). */
export const unknownNik = '3216084407950123';
export const visitorPhone = '081234567890';
export const typedIdentities = [unknownNik, visitorPhone, '6281234567890'];
