// Dredd hooks: the contract's example values stand for a city that is not this one, so each request is
// pointed at a real community before it is sent. WEIMIN_COMMUNITY, WEIMIN_API_KEY and WEIMIN_REQUEST come
// from the test that runs Dredd.
const hooks = require('hooks');

const community = process.env.WEIMIN_COMMUNITY;
const apiKey = process.env.WEIMIN_API_KEY;
const request = process.env.WEIMIN_REQUEST;

hooks.beforeEach((transaction) => {
  transaction.fullPath = transaction.fullPath
    .replace('jurisdiction_id=city.example', 'jurisdiction_id=' + community)
    .replace('service_code=001', 'service_code=environment')
    .replace('/services/001.', '/services/environment.')
    .replace(/638344/g, request)
    .replace('/tokens/t.', '/tokens/' + request + '.');
  if (transaction.request.method === 'POST') {
    transaction.request.body = transaction.request.body.replace('service_code=001', 'service_code=environment')
      + '&api_key=' + encodeURIComponent(apiKey) + '&description=' + encodeURIComponent('合同测试：路灯不亮');
    transaction.request.headers['Content-Length'] = Buffer.byteLength(transaction.request.body).toString();
  }
});
