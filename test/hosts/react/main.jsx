// A React 19 app using every element the way React users write it: the dataset as a property,
// settings as attributes, and the widgets' events through `on<event-name>` props.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'budget-widgets';

function App() {
  const [data, setData] = useState(null);
  const [measure, setMeasure] = useState('total');
  const [selected, setSelected] = useState('');
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    fetch('/data/samples/cangzhou-kfq-zzrsb-2024.json').then((r) => r.json()).then(setData);
  }, []);
  const onSelect = (event) => setSelected(`${event.type}:${event.detail.kind}:${event.detail.code ?? event.detail.name}`);
  const onLoad = () => setLoads((n) => n + 1);
  return (
    <main>
      <button id="measure" onClick={() => setMeasure('project')}>项目支出</button>
      <output id="selected">{selected}</output>
      <output id="loads">{loads}</output>
      <budget-summary data={data} onbudget-load={onLoad}></budget-summary>
      <budget-balance data={data} split="nature" onbudget-select={onSelect}></budget-balance>
      <budget-treemap data={data} measure={measure} onbudget-select={onSelect} onbudget-load={onLoad}></budget-treemap>
      <budget-timeline data={data} today="2024-07-01" onbudget-select={onSelect}></budget-timeline>
      <budget-indicators data={data} project="13091124P00518310003L" onbudget-select={onSelect}></budget-indicators>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
