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
import brief from './brief';
import conflicts from './conflicts';
import backup from './backup';
import exchange from './exchange';

export default { exchange, common, kinds, library, canvas, templates, shell, profile, review, reviewMode, overlay, history, workshop, brief, conflicts, backup };
