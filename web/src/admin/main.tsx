import { startApp } from '../shared/app/start-app';
import { AdminApp } from './AdminApp';

void startApp({ namespaces: ['admin'], App: AdminApp });
