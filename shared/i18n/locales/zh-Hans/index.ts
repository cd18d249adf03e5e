import canvas from './canvas';
import common from './common';
import kinds from './kinds';
import library from './library';
import shell from './shell';
import templates from './templates';

export default { common, kinds, library, canvas, templates, shell };
