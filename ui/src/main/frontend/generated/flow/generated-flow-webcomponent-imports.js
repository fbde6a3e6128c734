import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/polymer-legacy-adapter/style-modules.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/vaadin-lumo-styles/sizing.js';
import '@vaadin/vaadin-lumo-styles/spacing.js';
import '@vaadin/vaadin-lumo-styles/style.js';
import '@vaadin/vaadin-lumo-styles/vaadin-iconset.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '02e07cd8d03d8baa3f8c4f429655618f3246f16ea7a3757213f80eab9bcb191a') {
    pending.push(import('./chunks/chunk-94ea03b7db6953a43e681ecccc9016617a1de70125d1b0a5bd477be365719a98.js'));
  }
  if (key === '8ec3f8a286f567aaab233f3e183fd67e1810a4320cc69906cfb3559557b3737b') {
    pending.push(import('./chunks/chunk-533c26a17500cbf715bd28a799ca0624640c07dbd1cb6b12b252f337526d3adb.js'));
  }
  if (key === '5f0dec1ce55ee61933cedfc00bffe669589cfd1bac7e02e7e58ad5780efc5c4c') {
    pending.push(import('./chunks/chunk-9efcbbfe54f82a4d11416ceb677193614eddef20990f1d29e2008988fcdeafdc.js'));
  }
  if (key === '1abe3cb426a5c9001771851c156b38b1f163c5641480f5b2f1c7b2385326c0bc') {
    pending.push(import('./chunks/chunk-a7e2859e29315c58efba0f777f6d5470ba7091d114302828729d1c6ec0907e05.js'));
  }
  if (key === 'f1a36f134611e620ed50a819f5c858f737fcaeb581fb5220587fe07b8a7ab489') {
    pending.push(import('./chunks/chunk-94ea03b7db6953a43e681ecccc9016617a1de70125d1b0a5bd477be365719a98.js'));
  }
  if (key === '151e94893dba117ac5dff585dc3c46f1132b798062cf2341a1d5af341ef4be6e') {
    pending.push(import('./chunks/chunk-1cf0d15a0bf4c47712b22570f6bce1d2bd949f19cbf3877d2c270f6e7fbc3a4f.js'));
  }
  if (key === '6b25fe98291ece6f891d1be5c8fe58ce88331d812e75cb03b401b80b22d8033b') {
    pending.push(import('./chunks/chunk-a0b93978a6841fd8dcd929e85b8ba0bdc2cb5921942aae7925dbcf174c94fe17.js'));
  }
  if (key === 'c5541a608052cc867e0290e7e1ab6bd7256bbd3f091d906b7953279baa959938') {
    pending.push(import('./chunks/chunk-94ea03b7db6953a43e681ecccc9016617a1de70125d1b0a5bd477be365719a98.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}