package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSlugify(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"中国共产党问责条例", "zhong-guo-gong-chan-dang-wen-ze-tiao-li"},
		{"某某市人民政府办公厅关于印发《河道管理办法》的通知", "he-dao-guan-li-ban-fa"},
		{"中共某某县委办公室关于加强河湖管护工作的意见", "jia-qiang-he-hu-guan-hu-gong-zuo-yi-jian"},
		{"全市学校安全管理办法", "xue-xiao-an-quan-guan-li-ban-fa"},
		{"宁安市河湖管护工作规则", "he-hu-guan-hu-gong-zuo-gui-ze"},
		{"城市社区网格管理办法", "cheng-shi-she-qu-wang-ge-guan-li-ban-fa"}, // 城市 is no place
		{"河湖考核办法(篇5)", "he-hu-kao-he-ban-fa-pian-5"},
		{"2021年度河湖考核指标体系", "2021-nian-du-he-hu-kao-he-zhi-biao-ti-xi"},
		{"关于加强和改进新形势下基层河道管理与保洁工作长效机制建设的若干意见(篇12)", "jia-qiang-he-gai-jin-xin-xing-pian-12"},
		{"《某某条例》解读", "mou-mou-tiao-li-jie-du"},
		{"!!!", "doc"},
	} {
		got := slugify(tc.title)
		if got != tc.want {
			t.Errorf("slugify(%q) = %q, want %q", tc.title, got, tc.want)
		}
		if len(got) > maxSlug || !reID.MatchString(got) {
			t.Errorf("slugify(%q) = %q: not a slug of at most %d bytes", tc.title, got, maxSlug)
		}
	}
}

func TestClaimIDs(t *testing.T) {
	q := ids{existing: map[string]string{"a": "x.txt", "b": "", "c": "y.txt"}, used: map[string]bool{}}
	for _, tc := range []struct{ base, source, want string }{
		{"a", "x.txt", "a"},     // its own file from an earlier import
		{"a", "z.txt", "a-2"},   // a taken by this import and by x.txt
		{"b", "x.txt", "b-2"},   // a hand-written file
		{"c", "x.txt", "c-2"},   // another source's file
		{"d", "x.txt", "d"},     // free
		{"d", "x.txt#2", "d-2"}, // used in this import
	} {
		if got := q.claim(tc.base, tc.source); got != tc.want {
			t.Errorf("claim(%q, %q) = %q, want %q", tc.base, tc.source, got, tc.want)
		}
	}
}

// TestIDsOfNamesakes: documents of different places with one name all
// keep their region; the national one has no 中华人民共和国 in its id.
func TestIDsOfNamesakes(t *testing.T) {
	dir := t.TempDir()
	for name, title := range map[string]string{
		"a.md": "某甲市河湖保护条例", "b.md": "某乙省河湖保护条例", "c.md": "中华人民共和国河湖保护法", "d.md": "某丙县河道巡查规定",
	} {
		text := "# " + title + "\n\n<!-- INFO END -->\n\n第一条 某某。\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := Import(Options{Site: t.TempDir(), DryRun: true}, dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res {
		got = append(got, r.ID)
	}
	want := "mou-jia-shi-he-hu-bao-hu-tiao-li mou-yi-sheng-he-hu-bao-hu-tiao-li he-hu-bao-hu-fa he-dao-xun-cha-gui-ding"
	if strings.Join(got, " ") != want {
		t.Errorf("ids %v, want %s", got, want)
	}
}
