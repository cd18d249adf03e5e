import type { Messages } from '../../messages';
import type en from '../en/reviewMode';

export default {} satisfies Messages<typeof en>;
