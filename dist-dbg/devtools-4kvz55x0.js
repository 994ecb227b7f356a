// @bun
// node_modules/ink/build/devtools-window-polyfill.js
var customGlobal = globalThis;
customGlobal.window ||= globalThis;
customGlobal.self ||= globalThis;
customGlobal.window.__REACT_DEVTOOLS_COMPONENT_FILTERS__ = [
  {
    type: 1,
    value: 7,
    isEnabled: true
  },
  {
    type: 2,
    value: "InternalApp",
    isEnabled: true,
    isValid: true
  },
  {
    type: 2,
    value: "InternalAppContext",
    isEnabled: true,
    isValid: true
  },
  {
    type: 2,
    value: "InternalStdoutContext",
    isEnabled: true,
    isValid: true
  },
  {
    type: 2,
    value: "InternalStderrContext",
    isEnabled: true,
    isValid: true
  },
  {
    type: 2,
    value: "InternalStdinContext",
    isEnabled: true,
    isValid: true
  },
  {
    type: 2,
    value: "InternalFocusContext",
    isEnabled: true,
    isValid: true
  }
];

// node_modules/ink/build/devtools.js
import devtools from "react-devtools-core";

// node_modules/ink/build/is-devtools-reachable.js
var isDevToolsReachable = async (url = "ws://localhost:8097", timeoutMs = 2000) => new Promise((resolve) => {
  const socket = new WebSocket(url);
  const timeout = setTimeout(() => {
    resolve(false);
    socket.close();
  }, timeoutMs);
  timeout.unref();
  socket.addEventListener("open", () => {
    clearTimeout(timeout);
    socket.close();
    resolve(true);
  });
  socket.addEventListener("error", () => {
    clearTimeout(timeout);
    resolve(false);
  });
});
var is_devtools_reachable_default = isDevToolsReachable;

// node_modules/ink/build/devtools.js
if (await is_devtools_reachable_default()) {
  devtools.initialize();
  devtools.connectToDevTools();
} else {
  console.warn(`DEV is set to true, but the React DevTools server is not running. Start it with:

$ npx react-devtools
`);
}
