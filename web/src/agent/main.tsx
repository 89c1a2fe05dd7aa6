import { startApp } from '../shared/app/start-app';
import { AgentApp } from './AgentApp';

void startApp({ namespaces: ['agent'], App: AgentApp });
