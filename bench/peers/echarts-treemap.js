// The peer we compare with: Apache ECharts, tree-shaken to what a treemap needs (treemap series,
// tooltip, SVG renderer), built the way its documentation recommends for bundlers.
import * as echarts from 'echarts/core';
import { TreemapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([TreemapChart, TooltipComponent, SVGRenderer]);

export { echarts };
