import { startApp } from '../shared/app/start-app';
import { PortalApp } from './PortalApp';

void startApp({ namespaces: ['portal'], App: PortalApp });
