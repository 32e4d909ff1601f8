// A Chart.js wrapper in the style of umami's: the chart is created once, updated in place when its data
// or options change, and destroyed when the component goes away.

import {
  BarController,
  BarElement,
  type ChartConfiguration,
  type ChartData,
  Chart as ChartJS,
  type ChartOptions,
  type ChartType,
  Decimation,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  type Plugin,
  PointElement,
  TimeScale,
  Tooltip,
  type UpdateMode,
} from 'chart.js'
import 'chartjs-adapter-date-fns'
import { useEffect, useRef } from 'preact/hooks'

ChartJS.register(
  LineController,
  BarController,
  LineElement,
  BarElement,
  PointElement,
  LinearScale,
  TimeScale,
  Tooltip,
  Filler,
  Decimation,
)
ChartJS.defaults.font.family =
  "'Inter Variable', Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
ChartJS.defaults.font.size = 12
ChartJS.defaults.color = '#5b6675'
ChartJS.defaults.borderColor = '#e6e9ee'

declare global {
  interface Window {
    /** The charts on the page by name, for browser tests and for the curious in the console. */
    tallyCharts?: Record<string, ChartJS>
  }
}

export interface ChartProps<T extends ChartType> {
  /** Registers the chart as `window.tallyCharts[name]`. */
  name: string
  type: T
  data: ChartData<T>
  options: ChartOptions<T>
  plugins?: Plugin<T>[]
  /** What the chart shows, for screen readers (the data table holds the values). */
  label: string
  height?: number
  updateMode?: UpdateMode
  onReady?: (chart: ChartJS<T>) => void
}

export function Chart<T extends ChartType>(props: ChartProps<T>) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const chart = useRef<ChartJS<T> | null>(null)

  // Created on first data, then updated in place.
  useEffect(() => {
    const c = chart.current
    if (c) {
      c.data = props.data
      c.options = props.options
      c.update(props.updateMode)
      return
    }
    const config = {
      type: props.type,
      data: props.data,
      options: props.options,
      plugins: props.plugins ?? [],
    }
    const created = new ChartJS<T>(canvas.current!, config as ChartConfiguration<T>)
    chart.current = created
    performance.mark(`tally:chart:${props.name}`)
    window.tallyCharts = { ...window.tallyCharts, [props.name]: created as unknown as ChartJS }
    props.onReady?.(created)
    // Text drawn before the web font arrived is drawn again with it.
    document.fonts?.ready.then(() => chart.current === created && created.update('none'))
  }, [props.data, props.options])

  // Destroyed on teardown.
  useEffect(
    () => () => {
      const c = chart.current
      if (!c) return
      c.destroy()
      chart.current = null
      if (window.tallyCharts?.[props.name] === (c as unknown as ChartJS))
        delete window.tallyCharts[props.name]
    },
    [],
  )

  return (
    <div class="chart-canvas" style={{ height: `${props.height ?? 380}px` }}>
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  )
}
