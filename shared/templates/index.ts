export { templates } from './definitions';
export { instantiateTemplate, type TemplateInstance, type Translate } from './instantiate';
export { TEMPLATE_IDS, isTemplateId, type Template, type TemplateId } from './template';
