import type { Messages } from '../../messages';
import type en from '../en/overlay';

export default {} satisfies Messages<typeof en>;
