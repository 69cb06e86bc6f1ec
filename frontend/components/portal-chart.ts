import { css, html, LitElement, type PropertyValues } from 'lit';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

type Init = (typeof import('echarts/core'))['init'];

let echarts: Promise<Init> | undefined;

/**
 * ECharts is fetched only when the first chart is shown, so pages without charts (most of the
 * portal, and the login page) do not download it. Only what the portal draws is registered;
 * anything else in an option is ignored.
 */
function loadECharts(): Promise<Init> {
  // Each import names what it uses, so the bundler leaves the rest of ECharts out of the chunks.
  echarts ??= Promise.all([
    import('echarts/core').then(({ init, use }) => ({ init, use })),
    import('echarts/charts').then(({ BarChart, GaugeChart, LineChart }) => [BarChart, GaugeChart, LineChart]),
    import('echarts/components').then(
      ({ DatasetComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent }) => [
        DatasetComponent,
        GridComponent,
        LegendComponent,
        TitleComponent,
        TooltipComponent,
      ],
    ),
    import('echarts/renderers').then(({ CanvasRenderer }) => [CanvasRenderer]),
  ]).then(([core, charts, components, renderers]) => {
    core.use([...charts, ...components, ...renderers]);
    return core.init;
  });
  // A failed download (e.g. the connection dropped) is tried again by the next chart.
  echarts.catch(() => {
    echarts = undefined;
  });
  return echarts;
}

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
  private creating = false;
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
    if (!this.chart) {
      void this.create();
    } else if (changed.has('optionJson')) {
      this.draw();
    }
  }

  private async create(): Promise<void> {
    if (this.creating) {
      return;
    }
    this.creating = true;
    try {
      const init = await loadECharts();
      // Detached while loading: connectedCallback() asks for another update if it comes back.
      if (!this.isConnected || this.chart) {
        return;
      }
      this.chart = init(this.renderRoot.querySelector('#chart') as HTMLElement);
      this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
      this.resizeObserver.observe(this);
      this.draw();
    } catch (e) {
      console.error('portal-chart: ECharts could not be loaded', e);
    } finally {
      this.creating = false;
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
