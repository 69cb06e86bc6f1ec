import { css, html, LitElement, type PropertyValues } from 'lit';
import { init, use, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { BarChart, GaugeChart, LineChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the portal draws, so the bundle stays small; anything else in an option is ignored.
use([
  LineChart,
  BarChart,
  GaugeChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  DatasetComponent,
  CanvasRenderer,
]);

type Option = EChartsCoreOption & { tooltip?: unknown; textStyle?: Record<string, unknown> };

/**
 * `<portal-chart option-json="…">`: an Apache ECharts chart drawn from an option given as JSON
 * (see the Java `Chart` component). The host is an image to assistive technology; its label comes
 * from the server.
 */
export class PortalChart extends LitElement {
  static override properties = {
    optionJson: { type: String, attribute: 'option-json' },
  };

  static override styles = css`
    :host {
      display: block;
      height: 18rem;
    }
    #chart {
      width: 100%;
      height: 100%;
    }
  `;

  declare optionJson: string | null;

  private chart?: EChartsType;
  private resizeObserver?: ResizeObserver;

  constructor() {
    super();
    this.optionJson = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) {
      this.setAttribute('role', 'img');
    }
    // Re-attached after a detach (e.g. a view shown again): draw again in updated().
    if (this.hasUpdated && !this.chart) {
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.chart?.dispose();
    this.chart = undefined;
    super.disconnectedCallback();
  }

  protected override render() {
    return html`<div id="chart"></div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.isConnected) {
      return;
    }
    const created = !this.chart;
    if (created) {
      this.chart = init(this.renderRoot.querySelector('#chart') as HTMLElement);
      this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
      this.resizeObserver.observe(this);
    }
    if (created || changed.has('optionJson')) {
      this.draw();
    }
  }

  private draw(): void {
    const chart = this.chart!;
    if (!this.optionJson) {
      chart.clear();
      return;
    }
    const option = JSON.parse(this.optionJson) as Option;
    // Rich-text tooltips are drawn on the canvas: no text from the option ever reaches innerHTML.
    if (option.tooltip !== undefined) {
      const force = (t: unknown) => ({ ...(t as object), renderMode: 'richText' });
      option.tooltip = Array.isArray(option.tooltip) ? option.tooltip.map(force) : force(option.tooltip);
    }
    // The canvas does not inherit CSS fonts: take the page's, so Arabic looks as in the text around it.
    option.textStyle = { fontFamily: getComputedStyle(this).fontFamily, ...option.textStyle };
    chart.setOption(option, true);
  }
}

customElements.define('portal-chart', PortalChart);

declare global {
  interface HTMLElementTagNameMap {
    'portal-chart': PortalChart;
  }
}
