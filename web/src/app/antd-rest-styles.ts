// The rest of antd's styles (every component the first pages do not draw), as a chunk of its own: src/app/all-styles.ts.
import 'virtual:antd-styles-rest.css';
