// Register only the widgets this page shows (each `define.js` is one element).
import '@shanzhi/components/provider/define.js';
import '@shanzhi/components/leaderboard/define.js';
import '@shanzhi/components/services/define.js';
// Types the sz-* tags in React 19 JSX: attributes, properties and `on<event>` props, from the custom-elements manifest.
import type {} from '@shanzhi/components/react-jsx';
import type { SzEventDetails } from '@shanzhi/components';
import { useState } from 'react';

export function App({ api }: { readonly api: string }) {
  const [period, setPeriod] = useState<SzEventDetails['sz-period-change']>();
  return (
    <main>
      <h1>村务服务</h1>
      {/* One provider configures every widget inside: the API, the village and the region. */}
      <sz-provider api-base={api} village="v-qs-01" region="v-qs-01" locale="zh-CN">
        <p id="last-period" role="status">
          {period ? `已切换到 ${period.period}（${period.villageId}）` : '选择一个时段查看积分榜'}
        </p>
        {/* React 19 adds `onsz-period-change` with addEventListener('sz-period-change'); e.detail is typed. */}
        <sz-points-leaderboard
          page-size={20}
          onsz-period-change={(event) => {
            setPeriod(event.detail);
          }}
        />
        <sz-service-catalogue />
      </sz-provider>
    </main>
  );
}
