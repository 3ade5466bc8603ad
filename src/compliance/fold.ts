// Character folding shared by the scanner and the detectors: one table over UTF-16 code units that maps
// traditional to simplified Chinese, full-width to half-width, upper to lower case, and marks the
// characters an evader inserts between the characters of a term (spaces, punctuation, symbols, emoji).
// Folding is code unit for code unit, so a folded text has the original's offsets.

// Traditional → simplified, as pairs: the characters the default terms use, and the common ones.
const PAIRS =
  '兌兑 稅税 遙遥 銳锐 國国 級级 質质 優优 頂顶 選选 獨独 無无 風风 險险 穩稳 賺赚 癒愈 藥药 療疗 醫医 師师 絕绝 對对 萬万 極极 與与 專专 業业 東东 絲丝 兩两 嚴严 個个 豐丰 臨临 為为 麗丽 舉举 義义 樂乐 習习 鄉乡 書书 買买 亂乱 爭争 於于 虧亏 雲云 亞亚 產产 親亲 億亿 僅仅 從从 倉仓 儀仪 們们 價价 眾众 衆众 會会 偉伟 傳传 傷伤 偽伪 體体 餘余 債债 償偿 兒儿 黨党 關关 興兴 養养 冊册 寫写 軍军 農农 沖冲 決决 況况 淨净 減减 幾几 鳳凤 憑凭 擊击 劃划 劉刘 則则 剛刚 創创 刪删 別别 劑剂 劍剑 劇剧 勸劝 辦办 務务 動动 勵励 勁劲 勞劳 勢势 勝胜 區区 華华 協协 單单 賣卖 衛卫 卻却 廠厂 廳厅 曆历 歷历 厲厉 壓压 縣县 參参 雙双 發发 髮发 變变 敘叙 葉叶 號号 嘆叹 籲吁 後后 嚇吓 嗎吗 啟启 吳吴 聽听 員员 響响 問问 嘩哗 噴喷 團团 園园 圍围 圖图 圓圆 聖圣 場场 壞坏 塊块 堅坚 壇坛 墳坟 墜坠 執执 報报 塗涂 塵尘 壯壮 聲声 殼壳 處处 備备 複复 復复 夠够 頭头 誇夸 夾夹 奪夺 奮奋 獎奖 妝妆 婦妇 媽妈 嬌娇 孫孙 學学 寶宝 實实 寵宠 審审 憲宪 宮宫 寬宽 賓宾 尋寻 導导 壽寿 將将 爾尔 嘗尝 屍尸 盡尽 層层 屆届 屬属 歲岁 豈岂 嶺岭 島岛 巖岩 幣币 帥帅 帳帐 帶带 幫帮 幹干 乾干 廣广 莊庄 慶庆 庫库 應应 廟庙 廢废 開开 異异 棄弃 張张 彎弯 彈弹 強强 歸归 當当 錄录 徹彻 徑径 憶忆 憂忧 懷怀 態态 總总 戀恋 懇恳 惡恶 惱恼 悅悦 悶闷 驚惊 懼惧 慘惨 懲惩 慚惭 慣惯 願愿 戰战 戲戏 戶户 拋抛 撲扑 擴扩 掃扫 揚扬 擾扰 撫抚 搶抢 護护 擔担 擬拟 擁拥 攔拦 撥拨 擇择 掛挂 擋挡 揮挥 損损 撿捡 換换 據据 擠挤 擺摆 搖摇 攝摄 攜携 數数 敵敌 斂敛 斃毙 鬥斗 斬斩 斷断 時时 曠旷 暢畅 晝昼 顯显 晉晋 曬晒 曉晓 暈晕 暫暂 術术 機机 殺杀 雜杂 權权 條条 來来 楊杨 構构 棗枣 櫃柜 標标 棧栈 欄栏 樹树 樣样 橋桥 檔档 夢梦 檢检 棟栋 槍枪 橫横 歡欢 歐欧 殘残 毀毁 氣气 漢汉 湯汤 溝沟 沒没 淚泪 瀉泻 潑泼 澤泽 潔洁 灑洒 濁浊 測测 濟济 渾浑 濃浓 濤涛 潤润 漲涨 淵渊 漸渐 漁渔 滲渗 溫温 遊游 灣湾 濕湿 潰溃 滾滚 滿满 濾滤 濫滥 漿浆 潛潜 燈灯 靈灵 災灾 燦灿 爐炉 點点 煉炼 爛烂 燭烛 煙烟 煩烦 燒烧 營营 熱热 愛爱 爺爷 牽牵 犧牺 狀状 猶犹 狹狭 獅狮 獵猎 豬猪 貓猫 獻献 獲获 瑪玛 環环 現现 瓊琼 畢毕 畫画 療疗 瘋疯 癢痒 癥症 痺痹 瘓痪 癱瘫 癮瘾 盞盏 鹽盐 監监 蓋盖 盤盘 瞞瞒 礦矿 碼码 磚砖 礎础 確确 礙碍 禮礼 禍祸 離离 禿秃 種种 積积 稱称 穀谷 窮穷 竊窃 豎竖 競竞 筆笔 築筑 籌筹 簽签 簡简 類类 糧粮 糾纠 紀纪 約约 紅红 緯纬 純纯 紗纱 綱纲 納纳 縱纵 紛纷 紙纸 紋纹 紡纺 紐纽 線线 練练 組组 紳绅 細细 織织 終终 紹绍 經经 綁绑 絨绒 結结 繞绕 繪绘 給给 絡络 絞绞 統统 絹绢 繡绣 繼继 績绩 緒绪 續续 綺绮 綿绵 緊紧 緞缎 縮缩 緩缓 締缔 編编 緣缘 繩绳 維维 網网 罰罚 羅罗 聞闻 聯联 聰聪 職职 肅肃 腸肠 膚肤 腎肾 腫肿 脹胀 脅胁 膽胆 臉脸 膠胶 腦脑 膩腻 騰腾 臟脏 臥卧 艙舱 艦舰 艱艰 豔艳 藝艺 節节 蕪芜 蘆芦 蘇苏 蘋苹 範范 莖茎 薦荐 蕩荡 榮荣 蓮莲 萊莱 蕭萧 薩萨 蘊蕴 藍蓝 慮虑 虛虚 蟲虫 雖虽 蝦虾 蠶蚕 蠻蛮 補补 襯衬 裝装 裡里 裏里 製制 褲裤 襲袭 見见 規规 覓觅 視视 覽览 覺觉 觀观 觸触 計计 訂订 認认 討讨 讓让 訓训 議议 訊讯 記记 講讲 許许 論论 訟讼 設设 訪访 訣诀 證证 評评 識识 詐诈 訴诉 診诊 詞词 譯译 試试 詩诗 誠诚 話话 誕诞 詭诡 詢询 該该 詳详 誌志 語语 誤误 說说 誘诱 請请 諸诸 諾诺 讀读 課课 誰谁 調调 諒谅 談谈 誼谊 謀谋 謊谎 謎谜 謙谦 謝谢 謠谣 謹谨 譜谱 謬谬 貝贝 貞贞 負负 財财 貢贡 貧贫 貨货 販贩 貪贪 貫贯 責责 貯贮 貴贵 貸贷 貿贸 費费 賀贺 賊贼 賄贿 資资 賠赔 賞赏 賜赐 賢贤 賤贱 賦赋 賬账 賭赌 賴赖 購购 賽赛 贈赠 贊赞 贏赢 趕赶 趙赵 趨趋 躍跃 蹤踪 踐践 軀躯 車车 軌轨 軟软 輕轻 載载 較较 輔辅 輛辆 輝辉 輩辈 輪轮 輯辑 輸输 轉转 轟轰 辭辞 辯辩 邊边 達达 遷迁 過过 邁迈 運运 還还 這这 進进 遠远 違违 連连 遲迟 適适 遞递 邏逻 遺遗 鄭郑 鄰邻 郵邮 醬酱 釀酿 釋释 鑒鉴 鑑鉴 針针 釘钉 鈣钙 鈔钞 鈕钮 鉛铅 鈴铃 銀银 銅铜 銘铭 鋁铝 銷销 鋒锋 鋪铺 鏈链 錯错 錢钱 鋼钢 錦锦 鍵键 鍋锅 鎖锁 鎮镇 鏡镜 鐘钟 鐵铁 鑄铸 鑰钥 長长 門门 閃闪 閉闭 闖闯 閑闲 閒闲 間间 閱阅 闊阔 闡阐 隊队 陽阳 陰阴 陣阵 階阶 際际 陸陆 陳陈 隨随 隱隐 隸隶 難难 雞鸡 電电 霧雾 靜静 韓韩 頁页 項项 順顺 須须 鬚须 預预 頑顽 頓顿 頒颁 領领 頗颇 頻频 頸颈 題题 額额 顏颜 顧顾 顫颤 飄飘 飛飞 飯饭 飲饮 飾饰 飽饱 餅饼 館馆 馬马 駐驻 駕驾 驅驱 騙骗 驗验 驕骄 驟骤 鬆松 鬧闹 魚鱼 鮮鲜 鳥鸟 鳴鸣 鴨鸭 鵝鹅 鷹鹰 麥麦 黃黄 齊齐 齒齿 龍龙 龜龟 蹟迹 跡迹 捨舍 麵面 準准 隻只 彙汇 匯汇 託托 佈布 佔占 併并 並并 噸吨 錶表 著着 彷仿 倣仿 捲卷 衝冲 鬱郁 緻致 痩瘦 瘦瘦 廣广 獲获 穫获 戶户 啓启 僞伪 爲为 峯峰 綫线 衛卫 禦御 硃朱 隣邻 床床 牀床 壺壶 歎叹 麼么 臺台 檯台 颱台 簾帘 範范 嚐尝 劵券 醜丑 鐘钟 鍾钟 傑杰 舊旧 獄狱 罵骂 嘔呕 鴻鸿 廁厕 勳勋 鄧邓 闆板 騷骚 屢屡 輛辆 蔔卜 雋隽 墊垫 滅灭 燉炖 飼饲 災灾 慾欲 衊蔑 癡痴 癌癌 瘡疮 傭佣 腳脚 腦脑 競竞 贗赝 羨羡 擠挤 賓宾 斃毙 礙碍 紮扎 攤摊 灘滩 癬癣 躉趸 趲趱 鑽钻 鑼锣 釣钓 氫氢 烏乌 鳥鸟 槓杠 誌志 證证 鹼碱 蟻蚁 蠟蜡 縫缝 總总 糰团 瀾澜 摟搂 樓楼 婁娄 膩腻 腊腊 臘腊 訛讹 詆诋 毀毁 謗谤 誹诽 貶贬 劣劣 騷骚 淫淫 賤贱 嫖嫖 娼娼 賭赌 紅红 穢秽 艷艳 淨净 勢势 熱热 銷销 響响 額额 贏赢 頂顶 級级 舉举 奪夺 選选 導导 權权 據据 稱称 質质 產产 極极 優优 獨独 內内 兩两 滿满 峽峡 戶户 佈布 週周 徵征 瞭了 鐘钟 於于 採采 甦苏 纔才 閤合 藉借 讚赞 蒐搜 擣捣 迴回 廻回 遊游 餵喂 羣群 冪幂 畫画 晝昼 韌韧 傢家 俱具 僕仆 嚐尝 囪囱 夥伙 姦奸 嬰婴 寧宁 寢寝 嶽岳 巔巅 庵庵 弔吊 彫雕 徬彷 恆恒 慾欲 懞蒙 捱挨 搾榨 於于 曬晒 朧胧 櫥橱 殭僵 氾泛 涌涌 淒凄 溼湿 瀰弥 爭争 犛牦 琺珐 瓏珑 甕瓮 痠酸 癡痴 皚皑 盃杯 睏困 矇蒙 祕秘 秈籼 稜棱 穌稣 筧笕 籤签 粧妆 絃弦 罈坛 羶膻 脣唇 臺台 菸烟 葯药 藉借 蘊蕴 衚胡 裊袅 覈核 諮咨 豎竖 貍狸 跥跺 蹠跖 週周 醃腌 鉅巨 鍊炼 鏽锈 闆板 闢辟 隄堤 隸隶 雞鸡 雕雕 韁缰 頹颓 颳刮 餬糊 鬍胡 鬨哄 麪面 黴霉 齣出';

/** Marks, in the folding table, a code unit an evader may insert between the characters of a term.
 * @example foldTable()[0x3002] === SKIP //=> true (。) */
export const SKIP = 0xffff;

let table: Uint16Array | undefined;

/**
 * Whether a code unit is invisible and takes no width (zero-width spaces and joiners, word joiner,
 * byte-order mark, variation selectors, combining grapheme joiner): the only characters an allowed
 * phrase may have between its characters.
 *
 * @example
 * isZeroWidth(0x200b) //=> true
 * isZeroWidth(' '.charCodeAt(0)) //=> false
 */
export function isZeroWidth(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || (code >= 0x2060 && code <= 0x2064) || code === 0xfeff || (code >= 0xfe00 && code <= 0xfe0f) || code === 0x034f || code === 0x180e;
}

/**
 * Whether a code unit is skipped between the characters of a term: spaces, controls, punctuation and
 * symbols of every common block, full-width punctuation, surrogates (astral characters are emoji and
 * rare symbols) and variation selectors.
 *
 * @example
 * isSkip('。'.charCodeAt(0)) //=> true
 * isSkip('最'.charCodeAt(0)) //=> false
 */
export function isSkip(code: number): boolean {
  const u = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  if (u <= 0x2f) return true;
  if (u >= 0x3a && u <= 0x40) return true;
  if (u >= 0x5b && u <= 0x60) return true;
  if (u >= 0x7b && u <= 0xbf) return true;
  if (u === 0xd7 || u === 0xf7) return true;
  // Invisible or blank characters an evader can insert: combining marks, the combining grapheme joiner,
  // the Arabic letter mark, Hangul fillers, the Ogham space and the Mongolian vowel separator.
  if ((u >= 0x0300 && u <= 0x036f) || u === 0x061c || u === 0x115f || u === 0x1160 || u === 0x1680 || u === 0x180e || u === 0x3164 || u === 0xffa0) return true;
  if (u >= 0x2000 && u <= 0x2bff) return true; // punctuation, arrows, symbols, box drawing, dingbats
  if (u >= 0x3000 && u <= 0x303f && u !== 0x3005 && u !== 0x3006 && u !== 0x3007) return true;
  if (u >= 0x30fb && u <= 0x30fc) return true; // katakana middle dot and prolonged sound mark
  if (u >= 0xd800 && u <= 0xdfff) return true;
  if (u >= 0xfe00 && u <= 0xfe6f) return true; // variation selectors, vertical, compatibility and small forms
  if (u >= 0xff5f && u <= 0xff65) return true;
  if (u === 0xfeff || (u >= 0xfff0 && u <= 0xfffd) || u === 0x3000) return true;
  return false;
}

/**
 * The folding table: for each UTF-16 code unit, the code unit it folds to, or {@link SKIP}. Built once,
 * on first use.
 *
 * @example
 * String.fromCharCode(foldTable()['國'.charCodeAt(0)]!) //=> '国'
 * foldTable()[' '.charCodeAt(0)] === SKIP //=> true
 */
export function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(65536);
  for (let u = 0; u < 65536; u++) {
    let f = u;
    if (f >= 0xff01 && f <= 0xff5e) f -= 0xfee0;
    if (f >= 0x41 && f <= 0x5a) f += 0x20;
    t[u] = isSkip(f) ? SKIP : f;
  }
  for (let i = 0; i < PAIRS.length; ) {
    if (PAIRS.charCodeAt(i) === 0x20) {
      i++;
      continue;
    }
    t[PAIRS.charCodeAt(i)] = PAIRS.charCodeAt(i + 1);
    i += 2;
  }
  // Look-alike ideographs folded as NFKC folds them (then simplified): Kangxi and supplementary
  // radicals (⼀ U+2F00 → 一), enclosed ideographs (㊀ → 一) and compatibility ideographs.
  for (const [from, to] of [[0x2e80, 0x2fdf], [0x3200, 0x33ff], [0xf900, 0xfaff]] as const) {
    for (let u = from; u <= to; u++) {
      const n = String.fromCharCode(u).normalize('NFKC');
      const c = n.charCodeAt(0);
      if (n.length === 1 && c !== u && ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf))) t[u] = t[c]!;
    }
  }
  table = t;
  return t;
}

/**
 * A term as the scanner compares it: traditional characters simplified, full-width made half-width,
 * letters lower-cased, and spaces and punctuation removed.
 *
 * @example
 * foldTerm('國家級') //=> '国家级'
 * foldTerm('最 佳！') //=> '最佳'
 * foldTerm('ＮＯ.１') //=> 'no1'
 */
export function foldTerm(term: string): string {
  const t = foldTable();
  let out = '';
  for (let i = 0; i < term.length; i++) {
    const f = t[term.charCodeAt(i)]!;
    if (f !== SKIP) out += String.fromCharCode(f);
  }
  return out;
}

/**
 * A text folded code unit for code unit, keeping its length and offsets: traditional characters
 * simplified, full-width made half-width, letters lower-cased; spaces and punctuation kept as they are
 * (made half-width). The detectors read this form.
 *
 * @example
 * foldText('電話：１３８') //=> '电话:138'
 */
export function foldText(text: string): string {
  const t = foldTable();
  const parts: string[] = [];
  const chunk = 8192;
  for (let at = 0; at < text.length; at += chunk) {
    const end = Math.min(text.length, at + chunk);
    const codes = new Array<number>(end - at);
    for (let i = at; i < end; i++) {
      const u = text.charCodeAt(i);
      const f = t[u]!;
      codes[i - at] = f !== SKIP ? f : u >= 0xff01 && u <= 0xff5e ? u - 0xfee0 : u;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
