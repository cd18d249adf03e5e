import canvas from './canvas';
import common from './common';
import kinds from './kinds';
import library from './library';
import shell from './shell';
import templates from './templates';
import profile from './profile';
import review from './review';
import reviewMode from './reviewMode';
import overlay from './overlay';
import history from './history';
import workshop from './workshop';

export default { common, kinds, library, canvas, templates, shell, profile, review, reviewMode, overlay, history, workshop };
