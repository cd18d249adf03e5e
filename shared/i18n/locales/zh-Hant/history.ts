import type { Messages } from '../../messages';
import type en from '../en/history';

export default {} satisfies Messages<typeof en>;
