/**
 * Local stand-ins for the outbound platforms, for tests and the browser flow. Each starts on 127.0.0.1 with a random
 * port and answers `{ url, received, delivered, failNext(count, failure), close() }`:
 *
 *   const wecom = await startWeComStandIn({ now: () => clock });
 *   await sendRobot({ platform: 'wecom', webhookUrl: wecom.url, secret: null }, message);
 *   expect(wecom.delivered).toHaveLength(1);
 *   wecom.failNext(2, { status: 502 });          // or 'timeout', or { error: 45009, message: 'api freq out of limit' }
 *   await wecom.close();
 *
 * DingTalk adds `secret` (of the default robot) and `robot({ secret })`; Aliyun SMS adds `settings` (endpoint, key
 * pair and sign name to configure the adapter with: JISHI_SMS_ALIYUN_ENDPOINT = settings.endpoint, …).
 */
export { type AliyunSmsStandIn, startAliyunSmsStandIn } from './aliyun-sms.ts';
export { type DingTalkStandIn, startDingTalkStandIn } from './dingtalk.ts';
export type { ReceivedRequest, StandInFailure } from './stand-in-server.ts';
export { startWeComStandIn, type WeComStandIn } from './wecom.ts';
