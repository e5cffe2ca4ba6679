// The jQuery versions every suite runs on, and where each one's jquery.js is (1.9.1's package has
// it at its root, later ones under dist/; test/loader.js's jqueryPath does the same for the pages).
export const JQUERY = ['1.9.1', '1.12.4', '2.2.4', '3.7.1', '4.0.0'];

export function jqueryFile(version) {
  return `node_modules/jquery-${version}/${version === '1.9.1' ? '' : 'dist/'}jquery.js`;
}
