import { createApp } from 'vue';
import 'budget-widgets';
import App from './App.vue';

createApp(App).mount('#app');
